import { LbaInputError } from "../errors/index.js";
import type { DepartmentArea } from "./area.js";
import { closestName } from "./closest-name.js";
import { DEPARTMENTS, type DepartmentInfo } from "../data/departments.js";
import { own } from "../input/own.js";
import { normalizeName } from "./normalize-name.js";

const EXPECTED = 'a department code like "75", "2A", "974" or a name like "Finistère"';
// Short names people use besides the official ones (normalized form → code).
const ALIASES: Readonly<Record<string, string>> = { reunion: "974", belfort: "90" };

let byName: Map<string, DepartmentInfo> | undefined;


/** Names and codes longer than this are rejected at once (the longest department name has 23 characters). */
const MAX_NAME_LENGTH = 60;
/**
 * A French department, by INSEE code (`"75"`, `"01"`, `"2A"`, `"2b"`, `"974"`) or by name, ignoring
 * case, accents, hyphens, apostrophes and extra spaces (`"Finistère"`, `"cotes d armor"`).
 * One-digit codes are rejected rather than padded (`"1"`: write `"01"`), and `"20"` is rejected
 * (Corsica has two departments, `2A` and `2B`).
 *
 * Corsica: the server only takes digits and files both halves under `20`, so a search in `2A` or `2B`
 * asks for `20` (`serverCode`) and the client keeps only the results of the half that was asked for
 * (see `isInDepartment`).
 *
 * @example
 * ```ts
 * department("29");            // { kind: "department", code: "29", name: "Finistère", serverCode: "29", regionCode: "53" }
 * department("côtes d'armor"); // code "22"
 * department("2A").serverCode; // "20"
 * ```
 */
export function department(codeOrName: string): DepartmentArea {
  return toDepartmentArea(findDepartment(codeOrName, "department"));
}

/** The table entry for a department code or name; throws `LbaInputError` on `field` otherwise. */
export function findDepartment(codeOrName: unknown, field: string): DepartmentInfo {
  if (typeof codeOrName !== "string") {
    throw new LbaInputError({ field, problem: "is not a string", expected: EXPECTED, value: codeOrName });
  }
  const text = codeOrName.trim();
  // The longest name is 23 characters: a longer text is no department, and is not worth comparing.
  if (text.length > MAX_NAME_LENGTH) {
    throw new LbaInputError({ field, problem: `is longer than ${MAX_NAME_LENGTH} characters`, expected: EXPECTED, value: `${codeOrName.slice(0, 40)}...` });
  }
  if (/^[0-9]$/.test(text)) {
    throw new LbaInputError({ field, problem: "has one digit (nothing is padded)", expected: `two digits, e.g. "0${text}"`, value: codeOrName });
  }
  if (text === "20") {
    throw new LbaInputError({ field, problem: "is not a department since 1976: Corsica has two", expected: '"2A" (Corse-du-Sud) or "2B" (Haute-Corse), or both: [department("2A"), department("2B")]', value: codeOrName });
  }
  if (/^[0-9][0-9AaBb][0-9]?$/.test(text)) {
    const code = text.toUpperCase();
    const found = DEPARTMENTS.find((d) => d.code === code);
    if (found) return found;
    throw new LbaInputError({ field, problem: "is not a French department code", expected: EXPECTED, value: codeOrName });
  }
  byName ??= new Map(DEPARTMENTS.map((d) => [normalizeName(d.name), d]));
  const key = normalizeName(text);
  const alias = own(ALIASES, key) as string | undefined;
  const found = byName.get(key) ?? (alias === undefined ? undefined : DEPARTMENTS.find((d) => d.code === alias));
  if (found) return found;
  const suggestion = closestName(text, DEPARTMENTS.map((d) => d.name));
  throw new LbaInputError({
    field,
    problem: suggestion ? `is not a French department name (did you mean "${suggestion}"?)` : "is not a French department code or name",
    expected: EXPECTED,
    value: codeOrName,
  });
}

/** Builds the frozen area of a table entry. */
export function toDepartmentArea(info: DepartmentInfo): DepartmentArea {
  return Object.freeze({
    kind: "department",
    code: info.code,
    name: info.name,
    // Corsica: the server only accepts digits and knows both halves as "20".
    serverCode: info.code === "2A" || info.code === "2B" ? "20" : info.code,
    regionCode: info.regionCode,
  });
}

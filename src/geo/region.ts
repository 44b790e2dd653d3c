import { LbaInputError } from "../errors/index.js";
import type { RegionArea } from "./area.js";
import { closestName } from "./closest-name.js";
import { normalizeName } from "./normalize-name.js";
import { REGION_ALIASES, REGIONS, type RegionInfo } from "../data/regions.js";
import { own } from "../input/own.js";

const EXPECTED = `a region code (${REGIONS.map((r) => r.code).join(", ")}) or a name like "Bretagne" or "Île-de-France"`;

/**
 * A French region, by INSEE code (one of the 18 in `REGIONS`: `"11"`, `"53"`, `"01"`) or by name,
 * ignoring case, accents, hyphens, apostrophes and extra spaces (`"ile de france"`). A few short names
 * are accepted too: `PACA`, `IDF`, `Centre`, `Réunion`.
 *
 * @example
 * ```ts
 * region("53");           // { kind: "region", code: "53", name: "Bretagne" }
 * region("ile de france"); // code "11"
 * region("PACA");          // code "93"
 * ```
 */
export function region(codeOrName: string): RegionArea {
  return toRegionArea(findRegion(codeOrName, "region"));
}

/** The table entry for a region code or name; throws `LbaInputError` on `field` otherwise. */
export function findRegion(codeOrName: unknown, field: string): RegionInfo {
  if (typeof codeOrName !== "string") {
    throw new LbaInputError({ field, problem: "is not a string", expected: EXPECTED, value: codeOrName });
  }
  const text = codeOrName.trim();
  // The longest name is 26 characters: a longer text is no region, and is not worth comparing.
  if (text.length > 60) {
    throw new LbaInputError({ field, problem: "is longer than 60 characters", expected: EXPECTED, value: `${codeOrName.slice(0, 40)}...` });
  }
  if (/^[0-9]{1,3}$/.test(text)) {
    const found = REGIONS.find((r) => r.code === text);
    if (found) return found;
    const problem = text.length === 1 ? "has one digit (nothing is padded)" : "is not a French region code";
    throw new LbaInputError({ field, problem, expected: EXPECTED, value: codeOrName });
  }
  const key = normalizeName(text);
  const alias = own(REGION_ALIASES, key) as RegionInfo["code"] | undefined;
  const found = REGIONS.find((r) => normalizeName(r.name) === key) ?? (alias === undefined ? undefined : REGIONS.find((r) => r.code === alias));
  if (found) return found;
  const suggestion = closestName(text, REGIONS.map((r) => r.name));
  throw new LbaInputError({
    field,
    problem: suggestion ? `is not a French region name (did you mean "${suggestion}"?)` : "is not a French region code or name",
    expected: EXPECTED,
    value: codeOrName,
  });
}

/** Builds the frozen area of a table entry. */
export function toRegionArea(info: RegionInfo): RegionArea {
  return Object.freeze({ kind: "region", code: info.code, name: info.name });
}

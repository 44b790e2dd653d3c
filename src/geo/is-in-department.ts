import type { DepartmentArea } from "./area.js";

/** The location fields of a result item that tell its department (any may be missing or null). */
export interface PlaceLike {
  zipCode?: string | null | undefined;
  insee?: string | null | undefined;
  departementNumber?: string | null | undefined;
}

/**
 * Whether a result's place belongs to the department that was searched. Needed for Corsica only: the
 * server answers `20` for both `2A` and `2B`, so the client filters. For every other department the
 * server's own filter is trusted and this returns `true`.
 *
 * The place is read from `departementNumber` (`"2A"`/`"2B"`; `"20"` says nothing), then the INSEE
 * code (`2Axxx`/`2Bxxx`), then the postcode (`200xx`–`201xx`: 2A, `202xx`–`206xx`: 2B). A place that
 * cannot be told apart (all missing, or ambiguous) is KEPT: dropping it would lose data silently,
 * while the caller can still check it. A place found in the other half (or elsewhere) is dropped.
 *
 * @example
 * ```ts
 * // What department("2A") returns:
 * const corseDuSud: DepartmentArea = { kind: "department", code: "2A", name: "Corse-du-Sud", serverCode: "20", regionCode: "94" };
 * isInDepartment({ zipCode: "20000" }, corseDuSud); // true (Ajaccio)
 * isInDepartment({ insee: "2B033" }, corseDuSud);   // false (Bastia)
 * isInDepartment(null, corseDuSud);                 // true (unknown: kept)
 * ```
 */
export function isInDepartment(place: PlaceLike | null | undefined, area: DepartmentArea): boolean {
  if (area.code !== "2A" && area.code !== "2B") return true;
  const found = placeDepartment(place);
  return found === undefined || found === area.code;
}

/** The department of a place when it can be told (`"2A"`, `"2B"`, or another code), else undefined. */
function placeDepartment(place: PlaceLike | null | undefined): string | undefined {
  if (!place) return undefined;
  const number = text(place.departementNumber)?.toUpperCase();
  if (number && number !== "20" && /^[0-9][0-9AB][0-9]?$/.test(number)) return number;
  const insee = text(place.insee)?.toUpperCase();
  if (insee && /^[0-9][0-9AB][0-9]{3}$/.test(insee)) {
    if (insee.startsWith("2A") || insee.startsWith("2B")) return insee.slice(0, 2);
    if (!insee.startsWith("20")) return insee.startsWith("97") ? insee.slice(0, 3) : insee.slice(0, 2);
  }
  const zip = text(place.zipCode);
  if (zip && /^[0-9]{5}$/.test(zip)) {
    if (!zip.startsWith("20")) return zip.startsWith("97") ? zip.slice(0, 3) : zip.slice(0, 2);
    const third = Number(zip[2]);
    if (third <= 1) return "2A";
    if (third <= 6) return "2B";
  }
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

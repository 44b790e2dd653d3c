import { COORDINATE_MESSAGE, isNumericCoordinate } from "../schemas/coordinate.js";
import { normalizePath } from "./path.js";
import type { ValidationIssueReport } from "./report.js";
import { typeName } from "./report.js";

type Report = (issue: Omit<ValidationIssueReport, "operation">) => void;

/**
 * Lenient mode, in place: every `place.latitude` / `place.longitude` anywhere in the body becomes a
 * `number` (numeric strings are the documented form of some sources, not drift) or `null` (anything
 * else, reported as a `"type"` drift). Walks unknown fields too, so new sources get the same treatment.
 *
 * @example
 * ```ts
 * normalizeCoordinates(body, report); // body.results[0].place.latitude: "48.1" -> 48.1
 * ```
 */
export function normalizeCoordinates(node: unknown, report: Report, path: PropertyKey[] = []): void {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      normalizeCoordinates(node[i], report, path);
      path.pop();
    }
    return;
  }
  const record = node as Record<string, unknown>;
  // for-in, not Object.keys: no array allocated per object (this walk runs on every response).
  for (const key in record) {
    const value = record[key];
    if (value === null || typeof value !== "object") continue;
    path.push(key);
    if (key === "place" && !Array.isArray(value)) fixPlace(value as Record<string, unknown>, report, path);
    normalizeCoordinates(value, report, path);
    path.pop();
  }
}

function fixPlace(place: Record<string, unknown>, report: Report, path: PropertyKey[]): void {
  for (const key of ["latitude", "longitude"] as const) {
    const value = place[key];
    if (value === undefined || value === null || typeof value === "number") continue;
    if (isNumericCoordinate(value)) {
      place[key] = Number(value);
      continue;
    }
    place[key] = null;
    report({
      path: normalizePath([...path, key]),
      kind: "type",
      message: `${COORDINATE_MESSAGE}, got ${typeName(value)}: replaced by null`,
      example: typeName(value),
    });
  }
}

/** A location inside a response body. @example `const p: PathSegments = ["results", 3, "place"]` */
export type PathSegments = readonly PropertyKey[];

/**
 * Formats a path the way issues show it: `results[3].place.latitude`.
 *
 * @example
 * ```ts
 * formatPath(["results", 3, "place", "latitude"]); // "results[3].place.latitude"
 * ```
 */
export function formatPath(path: PathSegments): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/**
 * The path with array indices replaced by `[]`: the same drift on 150 items is one drift.
 *
 * @example
 * ```ts
 * normalizePath(["results", 3, "place", "latitude"]); // "results[].place.latitude"
 * ```
 */
export function normalizePath(path: PathSegments): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += "[]";
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out;
}

/** A location inside a response body, as zod reports it. @example `const p: PathSegments = ["results", 3, "place"]` */
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
  return formatPath(path.map((segment) => (typeof segment === "number" ? -1 : segment))).replace(/\[-1\]/g, "[]");
}

/**
 * The value at `path` in `root` (`undefined` when any step is missing).
 *
 * @example
 * ```ts
 * valueAt({ a: [{ b: 1 }] }, ["a", 0, "b"]); // 1
 * ```
 */
export function valueAt(root: unknown, path: PathSegments): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/**
 * Replaces the value at `path` (a no-op when the parent is not an object).
 *
 * @example
 * ```ts
 * setValueAt(body, ["results"], []);
 * ```
 */
export function setValueAt(root: unknown, path: PathSegments, value: unknown): void {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (key !== undefined && parent !== null && typeof parent === "object") {
    (parent as Record<PropertyKey, unknown>)[key] = value;
  }
}

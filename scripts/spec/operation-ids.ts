/**
 * OperationIds for a spec that has none: derived from method + path, so new routes get a name
 * without touching this file. The table only renames what the rule names badly.
 */
import { listOperations, type JsonObject } from "./walk.js";

/**
 * `"<method> <path>"` → operationId, where the generic rule does not give a good name.
 *
 * @example
 * ```ts
 * OPERATION_ID_OVERRIDES["get /api/V1/metiers/all"]; // "getAllMetiers"
 * ```
 */
export const OPERATION_ID_OVERRIDES: Readonly<Record<string, string>> = {
  // The rule would say `getAll`: say what is listed.
  "get /api/V1/metiers/all": "getAllMetiers",
  // The same routes in the 2026 contract (lower-case `v1`), and names the rule gets wrong there.
  "get /api/v1/metiers/all": "getAllMetiers",
  "get /api/v1/metiers/intitule": "getMetiersIntitule",
  "post /api/appointment-request/context/create": "createAppointmentRequestContext",
};

/**
 * The operationId of an operation: the override if any, else the method followed by the last path
 * segment that is not a parameter, in PascalCase (`get /api/V1/jobsEtFormations` → `getJobsEtFormations`,
 * `get /api/V1/metiers/metiersParFormation/{cfd}` → `getMetiersParFormation`).
 *
 * @example
 * ```ts
 * operationIdFor("post", "/api/V1/application"); // "postApplication"
 * ```
 */
export function operationIdFor(method: string, path: string): string {
  const override = OPERATION_ID_OVERRIDES[`${method} ${path}`];
  if (override) return override;
  const segments = path.split("/").filter((segment) => segment !== "" && !segment.startsWith("{"));
  const last = segments.at(-1) ?? "root";
  const words = last.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return method + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}

/**
 * Gives every operation without an operationId the one {@link operationIdFor} derives, numbered
 * (`getFoo2`) where that name is taken already. Mutates `doc`.
 *
 * @example
 * ```ts
 * const doc = { paths: { "/api/V1/application": { post: {} } } };
 * addOperationIds(doc); // doc.paths["/api/V1/application"].post.operationId === "postApplication"
 * ```
 */
export function addOperationIds(doc: JsonObject): void {
  const operations = listOperations(doc);
  const used = new Set(operations.map(({ operation }) => operation.operationId).filter((id): id is string => typeof id === "string"));
  for (const { path, method, operation } of operations) {
    if (typeof operation.operationId === "string") continue;
    const base = operationIdFor(method, path);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}${n}`;
    used.add(id);
    operation.operationId = id;
  }
}

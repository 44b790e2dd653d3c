/**
 * Taking routes out of a contract, and then the components nothing uses any more: the 2026 contracts
 * list routes a user of this SDK cannot (or does not) call, and their generated types would suggest
 * otherwise.
 */
import { HTTP_METHODS, isObject, listOperations, type JsonObject, type OperationEntry } from "./walk.js";

/**
 * Removes the operations `drop` selects, then path items left without operations. Returns the
 * `"METHOD path"` of what was removed.
 *
 * @example
 * ```ts
 * removeOperations(doc, ({ path }) => path.startsWith("/api/v3/")); // ["GET /api/v3/jobs/search", ...]
 * ```
 */
export function removeOperations(doc: JsonObject, drop: (entry: OperationEntry) => boolean): string[] {
  const removed: string[] = [];
  for (const entry of listOperations(doc)) {
    if (!drop(entry)) continue;
    delete (doc.paths as JsonObject & Record<string, JsonObject>)[entry.path]![entry.method];
    removed.push(`${entry.method.toUpperCase()} ${entry.path}`);
  }
  const paths = doc.paths as Record<string, unknown>;
  for (const [path, item] of Object.entries(paths)) {
    if (isObject(item) && !HTTP_METHODS.some((method) => isObject(item[method]))) delete paths[path];
  }
  return removed;
}

/**
 * Deletes the components (schemas, responses, parameters, request bodies, headers) no `$ref` reaches
 * from the paths, following references between components. Security schemes are kept: they are
 * named by requirements, not referenced.
 *
 * @example
 * ```ts
 * pruneUnusedComponents(doc); // ["#/components/schemas/JobOfferWrite", ...]
 * ```
 */
export function pruneUnusedComponents(doc: JsonObject): string[] {
  const components = isObject(doc.components) ? doc.components : undefined;
  if (!components) return [];
  const reached = new Set<string>();
  const queue: unknown[] = [doc.paths, doc.webhooks];
  while (queue.length > 0) {
    for (const ref of refsIn(queue.shift())) {
      if (reached.has(ref)) continue;
      reached.add(ref);
      const [, , section, name] = ref.split("/");
      const holder = section ? components[section] : undefined;
      if (name !== undefined && isObject(holder)) queue.push(holder[name]);
    }
  }
  const removed: string[] = [];
  for (const section of ["schemas", "responses", "parameters", "requestBodies", "headers"]) {
    const entries = components[section];
    if (!isObject(entries)) continue;
    for (const name of Object.keys(entries)) {
      const ref = `#/components/${section}/${name}`;
      if (reached.has(ref)) continue;
      delete entries[name];
      removed.push(ref);
    }
  }
  return removed;
}

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const child of node) refsIn(child, found);
  else if (isObject(node)) {
    if (typeof node.$ref === "string" && node.$ref.startsWith("#/components/")) found.push(node.$ref);
    for (const value of Object.values(node)) refsIn(value, found);
  }
  return found;
}

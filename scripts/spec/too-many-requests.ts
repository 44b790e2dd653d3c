import { isObject, listOperations, type JsonObject } from "./walk.js";

/**
 * Gives every operation a `429` answer, `$ref` to `components.responses.TooManyRequests` (added as
 * `response` when absent): the servers rate-limit every route. Skip-safe on a document without
 * operations; answers already declared are kept.
 *
 * @example
 * ```ts
 * declare const doc: JsonObject;
 * addTooManyRequests(doc, { description: "Too many requests: wait and retry." });
 * ```
 */
export function addTooManyRequests(doc: JsonObject, response: JsonObject): void {
  const operations = listOperations(doc);
  if (operations.length === 0) return;
  const components = doc.components as JsonObject;
  const responses = isObject(components.responses) ? components.responses : (components.responses = {});
  responses.TooManyRequests ??= structuredClone(response);
  for (const { operation } of operations) {
    const answers = isObject(operation.responses) ? operation.responses : (operation.responses = {});
    answers["429"] ??= { $ref: "#/components/responses/TooManyRequests" };
  }
}

import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { CoreContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { runRequest, type Answer, type RequestSpec, type Send, type SendInit } from "../../../core/run-request.js";
import type { ResponseSchemaKey } from "../../../schemas/index.js";
import { requireText } from "../require-text.js";

/**
 * A lookup by one text (a job title, a CFD, a SIRET, a label). The metiers routes of both API
 * generations have this shape and differ only by their paths and raw clients, which each passes.
 *
 * @example
 * ```ts
 * declare const ctx: import("../../../core/context.js").LiveContext;
 * const lookup: TextLookup<"metiers", unknown> = {
 *   field: "title",
 *   expected: "a job title",
 *   request: () => ({ key: "metiers", method: "GET", path: "/api/v1/metiers" }),
 *   send: (init, title) => ctx.lba.GET("/api/v1/metiers", { ...init, params: { query: { title } } }),
 *   read: (body) => body,
 * };
 * ```
 */
export interface TextLookup<K extends ResponseSchemaKey | null, R> {
  /** The argument's name in messages (`"title"`). */
  field: string;
  /** The accepted form, for messages. */
  expected: string;
  pattern?: RegExp;
  /** The request for a checked text (its route, schema, cache key). */
  request(text: string): RequestSpec<K>;
  /** The typed raw-client call. */
  send(init: SendInit, text: string): ReturnType<Send>;
  /** The method's result from the validated answer (`null`: the server did not know the text). */
  read(body: Answer<K> | null, operation: string): R;
}

/**
 * A client method from a {@link TextLookup}: the call options and the text are checked before
 * anything is sent (an `LbaInputError` naming both at once), then one request, then its answer read.
 *
 * @example
 * ```ts
 * declare const ctx: import("../../../core/context.js").LiveContext;
 * declare const lookup: TextLookup<"metiers", unknown>;
 * const find = textLookup(ctx, lookup);
 * await find("boulanger");
 * ```
 */
export function textLookup<K extends ResponseSchemaKey | null, R>(ctx: CoreContext, lookup: TextLookup<K, R>): (value: string, options?: LbaCallOptions) => LbaPromise<R> {
  return (value, options) =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions(options);
      const text = input.check(() => requireText(value, lookup.field, lookup.expected, lookup.pattern));
      input.throwIfAny();
      const spec = lookup.request(text!);
      const body = await runRequest(ctx, spec, { options: callOptions, scope }, (init) => lookup.send(init, text!));
      return lookup.read(body, `${spec.method} ${spec.path}`);
    });
}

import type { LiveContext } from "../../../core/context.js";
import type { InputCollector } from "../../../input/collector.js";

/**
 * The gateway's methods (job search, offers, applications) need a personal API key: without one,
 * the call fails before any request, with an issue naming `apiKey` and saying where a key comes from.
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * declare const input: InputCollector;
 * requireApiKey(ctx, input); // issue on "apiKey" when the client was created without one
 * ```
 */
export function requireApiKey(ctx: Pick<LiveContext, "hasApiKey">, input: InputCollector): void {
  if (ctx.hasApiKey) return;
  input.add({
    field: "apiKey",
    problem: "is missing: job offers, companies and applications are served by API Apprentissage, which needs a personal API key",
    expected: "createLbaClient({ caller, apiKey }) with the key of your free account on https://api.apprentissage.beta.gouv.fr (or createLegacyLbaClient of labonnealternance/legacy for a 2022 server)",
  });
}

/*
 * What both generations' factories share (`createLbaClient` here, `createLegacyLbaClient` in
 * src/legacy/): check every option at once, copy them, share the limiter and cache with the derived
 * clients of `withOptions`. Nothing that sends requests is built here: the HTTP stack and the
 * operations come with the first call (client/lazy.ts), so importing the SDK and creating a client
 * stay cheap.
 */
import { checkClientOptions, DERIVED_OPTION_KEYS } from "./check-client-options.js";
import type { DerivedKey, LbaClientOptions } from "./options.js";
import type { ClientSettings, Shared } from "./settings.js";

/** Builds one generation's client (its stubs) from checked settings; `derive` is its `withOptions`. */
export type MakeClient<C> = (settings: ClientSettings, derive: (overrides: Pick<LbaClientOptions, DerivedKey>) => C) => C;

/**
 * Checks `options` against `keys` (an `LbaInputError` naming every bad field, before anything else)
 * and builds the client with `make`.
 *
 * @example
 * ```ts
 * declare const make: MakeClient<{ withOptions: unknown }>;
 * const client = buildClient({ caller: "contact@mon-service.fr mon-service" }, ["caller"], make);
 * ```
 */
export function buildClient<C>(options: unknown, keys: readonly string[], make: MakeClient<C>): C {
  checkClientOptions(options, keys);
  const opts = copyOwn(options as LbaClientOptions);
  // The limiter and the lookup cache (in memory or on a store) are built with the first call
  // (client/runtime-core.ts), once for this client and its `withOptions` children: their code is
  // not in the first load.
  const shared: Shared = { limiter: undefined, cache: undefined, seen: new Set() };
  const build = (current: LbaClientOptions): C =>
    make({ opts: current, shared }, (overrides) => {
      checkClientOptions(overrides, DERIVED_OPTION_KEYS);
      const o = copyOwn(overrides as LbaClientOptions);
      return build({ ...current, ...o, headers: { ...current.headers, ...o.headers } });
    });
  return build(opts);
}

/** A shallow copy of the caller's own properties, so later changes to their object change nothing here. */
// A property set to `undefined` counts as not given (`apiKey: process.env.LBA_API_KEY` when unset;
// `withOptions({ timeoutMs: undefined })` keeps the parent's value rather than erasing it).
function copyOwn<T extends object>(value: T): T {
  return Object.fromEntries(Object.keys(value).flatMap((key) => {
    const v = (value as Record<string, unknown>)[key];
    return v === undefined ? [] : [[key, v]];
  })) as T;
}

import { createLookupCache } from "../core/lookup-cache.js";
import { CLIENT_OPTION_KEYS, checkClientOptions, DERIVED_OPTION_KEYS } from "./check-client-options.js";
import { legacyClient, type LegacyLbaClient } from "./legacy-client.js";
import { liveClient, type LbaClient } from "./live-client.js";
import type { LbaClientOptions } from "./options.js";
import type { Shared } from "./settings.js";


/**
 * Creates a client of today's API (the default) or, with `legacy: true`, of the 2022 API of
 * swagger.json. Every option is checked at once: bad options throw `LbaInputError` naming each field.
 *
 * @example
 * ```ts
 * import { createLbaClient, department, near } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: process.env.LBA_API_KEY });
 * const { formations } = await client.searchFormations({ romes: "M1805", where: department("35") });
 * const { jobs, recruiters } = await client.searchCompanies({ romes: "M1805", where: near(47.2184, -1.5536, { radius: 30 }) });
 * ```
 */
export function createLbaClient(options: LbaClientOptions & { legacy: true }): LegacyLbaClient;
export function createLbaClient(options: LbaClientOptions & { legacy?: false | undefined }): LbaClient;
export function createLbaClient(options: LbaClientOptions): LbaClient | LegacyLbaClient;
export function createLbaClient(options: LbaClientOptions): LbaClient | LegacyLbaClient {
  checkClientOptions(options, CLIENT_OPTION_KEYS);
  const cacheOption = options.cache;
  const shared: Shared = {
    limiter: undefined,
    cache: cacheOption === undefined || cacheOption === false ? undefined : createLookupCache(cacheOption === true ? {} : cacheOption),
    seen: new Set(),
  };
  return build(copyOwn(options), shared);
}

function build(opts: LbaClientOptions, shared: Shared): LbaClient | LegacyLbaClient {
  const derive = (overrides: unknown) => {
    checkClientOptions(overrides, DERIVED_OPTION_KEYS);
    const o = copyOwn(overrides as LbaClientOptions);
    return build({ ...opts, ...o, headers: { ...opts.headers, ...o.headers } }, shared);
  };
  // Nothing that sends requests is built here: the HTTP stack and the operations come with the
  // first call (client/lazy.ts), so importing the SDK and creating a client stay cheap.
  const settings = { opts, shared };
  return opts.legacy === true ? legacyClient(settings, derive as LegacyLbaClient["withOptions"]) : liveClient(settings, derive as LbaClient["withOptions"]);
}

/**
 * A shallow copy of the caller's own properties, so later changes to their object change nothing here.
 * A property set to `undefined` counts as not given (`apiKey: process.env.LBA_API_KEY` when unset;
 * `withOptions({ timeoutMs: undefined })` keeps the parent's value rather than erasing it).
 */
function copyOwn<T extends object>(value: T): T {
  return Object.fromEntries(Object.keys(value).flatMap((key) => {
    const v = (value as Record<string, unknown>)[key];
    return v === undefined ? [] : [[key, v]];
  })) as T;
}


import { lazyPaginator, lazyRawClient, lazyRuntime } from "../client/lazy.js";
import { lazyMethods, type TableMethods } from "../client/method-table.js";
import type { DerivedKey } from "../client/options.js";
import type { ClientSettings } from "../client/settings.js";
import { LEGACY_METHODS } from "./legacy-methods.js";
import type { LegacyLbaClientOptions } from "./legacy-options.js";
import type { LegacyPaginate } from "./operations/paginate/paginate.js";
import { planLegacyPaginateAll, planLegacyPaginateCompanies, planLegacyPaginateFormations } from "./operations/paginate/paginate-plan.js";
import type { LbaRawClient } from "./raw/raw-types.js";
import type * as operations from "./operations/methods.js";

/**
 * A client of the 2022 API of swagger.json (`createLegacyLbaClient`), for copies of the server of
 * that time: every route of that spec, exactly as the SDK did it before today's API. Its methods
 * are the entries of `LEGACY_METHODS` (legacy-methods.ts), plus `paginate`, `raw` and `withOptions`.
 *
 * @example
 * ```ts
 * import { near } from "labonnealternance";
 * import { createLegacyLbaClient } from "labonnealternance/legacy";
 * const client = createLegacyLbaClient({ caller: "contact@mon-service.fr mon-service", baseUrl: "http://localhost:5000" });
 * const { lbaCompanies } = await client.searchCompanies({ romes: "M1805", where: near(47.2184, -1.5536, { radius: 30, insee: "44109" }) });
 * ```
 */
export interface LegacyLbaClient extends TableMethods<typeof LEGACY_METHODS, typeof operations> {
  /** Paginated, lazy forms of the searches: `for await` over pages or items, `.toArray({ limit })`. */
  paginate: LegacyPaginate;
  /** The typed low-level client (openapi-fetch over swagger.json), sharing this client's retries, limiter and caller. */
  raw: LbaRawClient;
  /** A client with other call settings (timeouts, retries, headers...) sharing this one's limiter, cache and caller. */
  withOptions(options: Pick<LegacyLbaClientOptions, DerivedKey>): LegacyLbaClient;
}

/**
 * A client of the 2022 API: the stubs of its table (loaded with the first call, lazy.ts) and its
 * paginators, which still check their query and options when they are created.
 *
 * @example
 * ```ts
 * declare const settings: ClientSettings;
 * declare const derive: LegacyLbaClient["withOptions"];
 * const client = legacyClient(settings, derive);
 * ```
 */
export function legacyClient(settings: ClientSettings, derive: LegacyLbaClient["withOptions"]): LegacyLbaClient {
  const runtime = lazyRuntime(settings, () => import("./legacy-runtime.js").then((module) => module.legacyRuntime(settings, module)));
  return {
    ...lazyMethods(LEGACY_METHODS, runtime),
    paginate: {
      formations(query, options) {
        const { plan, callOptions } = planLegacyPaginateFormations(query, options);
        return lazyPaginator(() => runtime().then((r) => r.paginateFormations(plan, callOptions)));
      },
      companies(query, options) {
        const { plans, callOptions } = planLegacyPaginateCompanies(query, options);
        return lazyPaginator(() => runtime().then((r) => r.paginateCompanies(plans, callOptions)));
      },
      all(query, options) {
        const { plans, callOptions } = planLegacyPaginateAll(query, options);
        return lazyPaginator(() => runtime().then((r) => r.paginateAll(plans, callOptions)));
      },
    },
    raw: lazyRawClient(() => runtime().then((r) => r.raw())),
    withOptions: derive,
  };
}

import type { ApiApprentissageRawClient, LbaLiveRawClient } from "../core/live-raw-clients.js";
import type { LbaPaginate } from "../operations/live/paginate/paginate.js";
import { planPaginateAll, planPaginateCompanies, planPaginateFormations } from "../operations/live/paginate/paginate-plan.js";
import { lazyPaginator, lazyRawClient, lazyRuntime } from "./lazy.js";
import { LIVE_METHODS } from "./live-methods.js";
import { lazyMethods, type TableMethods } from "./method-table.js";
import type { DerivedKey, LbaClientOptions } from "./options.js";
import type { ClientSettings } from "./settings.js";
import type * as operations from "../operations/live/methods.js";

/**
 * A client of today's API: trainings and job names from La Bonne Alternance, job offers, companies
 * and applications from API Apprentissage (with your API key). Every method validates its input
 * before sending, retries, respects the rate limits and validates the answer. Its methods are the
 * entries of `LIVE_METHODS` (client/live-methods.ts), plus `paginate`, `raw`, `rawJobs` and
 * `withOptions`.
 *
 * @example
 * ```ts
 * import { createLbaClient, department, near } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: process.env.LBA_API_KEY });
 * const { formations } = await client.searchFormations({ romes: "M1805", where: department("35") });
 * const { jobs, recruiters, warnings } = await client.searchCompanies({ romes: "M1805", where: near(48.11, -1.68, { radius: 30 }) });
 * ```
 */
export interface LbaClient extends TableMethods<typeof LIVE_METHODS, typeof operations> {
  /** Paginated, lazy forms of the searches: `for await` over pages or items, `.toArray({ limit })`. */
  paginate: LbaPaginate;
  /** The typed low-level client of La Bonne Alternance's live routes, sharing this client's retries, limiter and caller. */
  raw: LbaLiveRawClient;
  /** The typed low-level client of the API Apprentissage job routes, with this client's key, retries and limiter. */
  rawJobs: ApiApprentissageRawClient;
  /** A client with other call settings (timeouts, retries, headers...) sharing this one's limiter, cache and key. */
  withOptions(options: Pick<LbaClientOptions, DerivedKey>): LbaClient;
}

/**
 * A client of today's API: the stubs of its method table over the code that sends requests, which
 * is loaded with the first call (lazy.ts). A paginator still checks its query and options when it is created.
 *
 * @example
 * ```ts
 * declare const settings: ClientSettings;
 * declare const derive: LbaClient["withOptions"];
 * const client = liveClient(settings, derive);
 * ```
 */
export function liveClient(settings: ClientSettings, derive: LbaClient["withOptions"]): LbaClient {
  const runtime = lazyRuntime(settings, () => import("./live-runtime.js").then((module) => module.liveRuntime(settings, module)));
  const key = { hasApiKey: settings.opts.apiKey !== undefined };
  return {
    ...lazyMethods(LIVE_METHODS, runtime),
    paginate: {
      formations(query, options) {
        const { plan, callOptions } = planPaginateFormations(query, options);
        return lazyPaginator(() => runtime().then((r) => r.paginateFormations(plan, callOptions)));
      },
      companies(query, options) {
        const { search, callOptions } = planPaginateCompanies(key, query, options);
        return lazyPaginator(() => runtime().then((r) => r.paginateCompanies(search, callOptions)));
      },
      all(query, options) {
        const { plan, callOptions } = planPaginateAll(key, query, options);
        return lazyPaginator(() => runtime().then((r) => r.paginateAll(plan, callOptions)));
      },
    },
    raw: lazyRawClient(() => runtime().then((r) => r.raw())),
    rawJobs: lazyRawClient(() => runtime().then((r) => r.rawJobs)),
    withOptions: derive,
  };
}

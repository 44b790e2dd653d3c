import { LbaInputError } from "../errors/lba-input-error.js";
import { geocode, GEOCODER_BASE_URL } from "../geocode/geocode.js";
import { createHttpFetch } from "../http/index.js";
import { findMetiers, listMetiers, metiersForEtablissement, metiersForFormation } from "../methods/metiers.js";
import { searchAll } from "../methods/search-all.js";
import { searchCompanies } from "../methods/search-companies.js";
import { searchFormations } from "../methods/search-formations.js";
import { sendApplication } from "../methods/send-application.js";
import { createPaginate, type LbaPaginate } from "../pagination/client-paginate.js";
import { PRODUCTION_BASE_URL } from "./base-urls.js";
import type { ClientContext } from "./context.js";
import type { LbaClientOptions } from "./options.js";
import { createRawClient, type LbaRawClient } from "./raw.js";

/**
 * A La Bonne Alternance client: every operation of the API as a typed method, with validation of
 * inputs before sending, retries, rate limiting, timeouts and runtime validation of answers.
 *
 * @example
 * ```ts
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * const { formations } = await client.searchFormations({ romes: "M1805", where: department("35") });
 * ```
 */
export interface LbaClient {
  /** Trainings in apprenticeship. `near` uses the geographic endpoint, other areas the per-region one. */
  searchFormations: ReturnType<typeof searchFormations>;
  /** Job offers, companies likely to hire and LBA Recruteur offers (jobs endpoint). */
  searchCompanies: ReturnType<typeof searchCompanies>;
  /** Trainings and job opportunities in one request (jobsEtFormations endpoint). */
  searchAll: ReturnType<typeof searchAll>;
  /** ROME codes from a job title. */
  findMetiers: ReturnType<typeof findMetiers>;
  /** Every job name of the La Bonne Alternance list. */
  listMetiers: ReturnType<typeof listMetiers>;
  /** Job names a training leads to, by CFD code (`null` if unknown). */
  metiersForFormation: ReturnType<typeof metiersForFormation>;
  /** Job names of a training establishment, by SIRET (`null` if unknown). */
  metiersForEtablissement: ReturnType<typeof metiersForEtablissement>;
  /** Sends an application to a company found by a search. */
  sendApplication: ReturnType<typeof sendApplication>;
  /** Candidates (point + INSEE code) for an address or a town, from the national address geocoder. */
  geocode: ReturnType<typeof geocode>;
  /** Paginated, lazy forms of the searches: `for await` over pages or items, `.toArray({ limit })`. */
  paginate: LbaPaginate;
  /** The typed low-level client (openapi-fetch), sharing this client's retries, limiter and caller. */
  raw: LbaRawClient;
}

/**
 * Creates a client. Throws {@link LbaInputError} at once on bad options.
 *
 * @example
 * ```ts
 * import { createLbaClient, near } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * const { formations } = await client.searchFormations({ romes: ["M1805"], where: near(47.2184, -1.5536, { radius: 30 }) });
 * ```
 */
export function createLbaClient(options: LbaClientOptions): LbaClient {
  const opts = (typeof options === "object" && options !== null ? options : {}) as LbaClientOptions;
  checkClientOptions(opts);
  const http = createHttpFetch({
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.timeoutMs !== undefined ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.deadlineMs !== undefined ? { deadlineMs: opts.deadlineMs } : {}),
    ...(opts.retry !== undefined ? { retry: opts.retry } : {}),
    ...(opts.rateLimit !== undefined ? { rateLimit: opts.rateLimit } : {}),
    ...(opts.hooks ? { hooks: opts.hooks } : {}),
    ...(opts.debug !== undefined ? { debug: opts.debug } : {}),
  });
  const raw = createRawClient({
    caller: opts.caller,
    ...(opts.baseUrl !== undefined ? { baseUrl: opts.baseUrl } : {}),
    ...(opts.headers ? { headers: opts.headers } : {}),
    fetch: (request) => http(request),
  });
  const ctx: ClientContext = {
    raw,
    http,
    baseUrl: (opts.baseUrl ?? PRODUCTION_BASE_URL).replace(/\/+$/, ""),
    geocoderBaseUrl: (opts.geocoderBaseUrl ?? GEOCODER_BASE_URL).replace(/\/+$/, ""),
    validation: opts.validation ?? "lenient",
    onValidationIssue: opts.onValidationIssue,
    seen: new Set(),
    concurrency: opts.concurrency ?? 8,
  };
  return {
    searchFormations: searchFormations(ctx),
    searchCompanies: searchCompanies(ctx),
    searchAll: searchAll(ctx),
    findMetiers: findMetiers(ctx),
    listMetiers: listMetiers(ctx),
    metiersForFormation: metiersForFormation(ctx),
    metiersForEtablissement: metiersForEtablissement(ctx),
    sendApplication: sendApplication(ctx),
    geocode: geocode(ctx),
    paginate: createPaginate(ctx),
    raw,
  };
}

/** The options createRawClient does not check itself. */
function checkClientOptions(opts: LbaClientOptions): void {
  const issues = [];
  if (opts.validation !== undefined && !["lenient", "strict", "off"].includes(opts.validation)) {
    issues.push({ field: "validation", problem: "is not a known mode", expected: "\"lenient\", \"strict\" or \"off\"", value: opts.validation });
  }
  if (opts.concurrency !== undefined && (!Number.isInteger(opts.concurrency) || opts.concurrency < 1)) {
    issues.push({ field: "concurrency", problem: "is not a positive integer", expected: "an integer of 1 or more, e.g. 4", value: opts.concurrency });
  }
  if (opts.geocoderBaseUrl !== undefined && !/^https?:\/\/[^/]/.test(String(opts.geocoderBaseUrl))) {
    issues.push({ field: "geocoderBaseUrl", problem: "is not an absolute http(s) URL", expected: "e.g. \"https://api-adresse.data.gouv.fr\"", value: opts.geocoderBaseUrl });
  }
  if (issues.length > 0) throw new LbaInputError(issues);
}

import type { DERIVED_OPTION_KEYS } from "./check-client-options.js";
import type { LookupCacheOptions } from "../core/lookup-cache.js";
import type { FetchOptions, HttpHooks, RateLimitOptions, RetryOptions } from "../http/index.js";
import type { ValidationIssueReport, ValidationMode } from "../validation/index.js";

/**
 * Options of {@link createLbaClient}.
 *
 * @example
 * ```ts
 * import { createLbaClient, type LbaClientOptions } from "labonnealternance";
 * const options: LbaClientOptions = { caller: "contact@mon-service.fr mon-service", apiKey: process.env.LBA_API_KEY, timeoutMs: 10_000 };
 * const client = createLbaClient(options);
 * ```
 */
export interface LbaClientOptions {
  /**
   * Identifies your service to the API (required by the server on every call). The API asks for your
   * organisation or product name, ideally prefixed by a contact e-mail. It is masked in logs and errors.
   * @example "contact@mon-service.fr mon-service"
   */
  caller: string;
  /**
   * Your personal API Apprentissage key, sent as `Authorization: Bearer <key>` to the gateway only
   * (job offers, companies likely to hire, applications), never to any other host, and never shown
   * in an error, a log line, a hook payload or `toJSON()`. Free: an account on
   * https://api.apprentissage.beta.gouv.fr gives one. Without it, the methods that need the gateway
   * throw `LbaInputError` naming `apiKey` before any request; trainings and job names work without.
   * @default undefined
   * @example process.env.LBA_API_KEY
   */
  apiKey?: string;
  /**
   * Base URL of API Apprentissage (the gateway serving job search and applications), with its `/api`.
   * @default API_APPRENTISSAGE_BASE_URL ("https://api.apprentissage.beta.gouv.fr/api")
   * @example "http://127.0.0.1:8080/api"
   */
  apiApprentissageBaseUrl?: string;
  /**
   * Origin of the La Bonne Alternance API (without `/api`).
   * @default PRODUCTION_BASE_URL ("https://labonnealternance.apprentissage.beta.gouv.fr")
   * @example RECETTE_BASE_URL
   */
  baseUrl?: string;
  /**
   * Removed in 1.0.0: the 2022 API (swagger.json) is `createLegacyLbaClient` of
   * `labonnealternance/legacy`; `legacy: true` here throws `LbaInputError` saying so.
   * @deprecated import `createLegacyLbaClient` from `labonnealternance/legacy` instead.
   */
  legacy?: never;
  /**
   * The `fetch` used for every request (read lazily from `globalThis.fetch` when not given, so msw
   * and test doubles installed later still apply).
   * @default globalThis.fetch
   * @example fetch: (request) => myInstrumentedFetch(request)
   */
  fetch?: (input: Request) => Promise<Response>;
  /**
   * Extra headers sent with every request.
   * @default {}
   * @example { "x-request-source": "batch-import" }
   */
  headers?: Record<string, string>;
  /**
   * Passed to `fetch` as its second argument (`init`) on every request: a proxy agent, an undici
   * `dispatcher`... Per-call `fetchOptions` are merged over it.
   * @default undefined
   * @example { dispatcher: new ProxyAgent("http://proxy:3128") }
   */
  fetchOptions?: FetchOptions;
  /**
   * An LRU cache with a time to live for the lookups whose answers rarely change (`listMetiers`,
   * `metiersForFormation`, `metiersForLabel`, `geocode`): a cached answer costs no request and no
   * rate-limit slot. Off by default; `true` uses the defaults (100 answers, 10 minutes).
   * @default false
   * @example { maxEntries: 500, ttlMs: 3_600_000 }
   */
  cache?: boolean | LookupCacheOptions;
  /**
   * Runtime validation of responses: `"lenient"` never throws because the API drifted (it normalizes
   * and reports), `"strict"` throws {@link LbaResponseValidationError}, `"off"` returns raw bodies.
   * @default "lenient"
   * @example "strict"
   */
  validation?: ValidationMode;
  /**
   * Called once per kind of drift seen in responses (lenient mode), e.g. a field that came `null` or
   * an unknown `ideaType`. Never receives personal data.
   * @default undefined (drift is ignored silently)
   * @example (issue) => console.warn(`[lba drift] ${issue.operation} ${issue.path}: ${issue.message}`)
   */
  onValidationIssue?: (issue: ValidationIssueReport) => void;
  /**
   * Time allowed to each attempt, in milliseconds.
   * @default 15000
   * @example 5000
   */
  timeoutMs?: number;
  /**
   * Overall time allowed to a call, retries and waits included, in milliseconds.
   * @default undefined (no overall deadline)
   * @example 60000
   */
  deadlineMs?: number;
  /**
   * Retry policy, or `false` to never retry. See the README's "Retries" section for the exact rules.
   * @default { retries: 2, minDelayMs: 500, maxDelayMs: 8000, maxRetryAfterMs: 60000 }
   * @example { retries: 5, onRetry: ({ attempt, delayMs }) => console.log(attempt, delayMs) }
   */
  retry?: RetryOptions | false;
  /**
   * Client-side rate limiting per endpoint group, matching the server's limits, or `false`.
   * @default the server's limits (formations 7/s, formationsParRegion 5/s, jobs 5/s, ...)
   * @example false
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * Cancels every call of this client when aborted.
   * @default undefined
   * @example new AbortController().signal
   */
  signal?: AbortSignal;
  /**
   * Hooks: `onRequest`, `onResponse`, `onRetry`, `onError` observe; `beforeRequest` and
   * `afterResponse` may replace the request or the answer.
   * @default undefined
   * @example { onRetry: ({ url, attempt, reason }) => metrics.increment("lba.retry") }
   */
  hooks?: HttpHooks;
  /**
   * Logs method, path, status, attempt and duration of every request (never bodies, never personal data).
   * `true` logs with `console.debug`; a function receives each line.
   * @default false
   * @example true
   */
  debug?: boolean | ((line: string) => void);
  /**
   * Base URL of the national address geocoder used by {@link LbaClient.geocode}.
   * @default "https://api-adresse.data.gouv.fr"
   * @example "https://data.geopf.fr/geocodage"
   */
  geocoderBaseUrl?: string;
  /**
   * Most requests one fan-out search (ROME batches, many areas) keeps in flight at once. Every request
   * still goes through the rate limiter and the retries.
   * @default 8 (above every endpoint's per-second limit, so the limiter, not the pool, sets the pace)
   * @example 8
   */
  concurrency?: number;
}

/**
 * The options `withOptions` takes: how calls are made, not who calls nor where.
 *
 * @example
 * ```ts
 * import { createLbaClient, type DerivedKey, type LbaClientOptions } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * const settings: Pick<LbaClientOptions, DerivedKey> = { timeoutMs: 60_000, retry: { retries: 5 } };
 * const slow = client.withOptions(settings);
 * ```
 */
export type DerivedKey = (typeof DERIVED_OPTION_KEYS)[number];

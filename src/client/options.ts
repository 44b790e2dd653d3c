import type { HttpHooks, RateLimitOptions, RetryOptions } from "../http/index.js";
import type { ValidationIssueReport } from "../validation/index.js";

/**
 * How responses are checked at run time. See the README's "Runtime validation" section.
 * @example `createLbaClient({ caller, validation: "strict" satisfies ValidationMode })`
 */
export type ValidationMode = "lenient" | "strict" | "off";

/**
 * Options of {@link createLbaClient}.
 *
 * @example
 * ```ts
 * const client = createLbaClient({ caller: "contact@my-service.fr mon-service", timeoutMs: 10_000 });
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
   * Base URL of the API.
   * @default PRODUCTION_BASE_URL ("https://labonnealternance.apprentissage.beta.gouv.fr")
   * @example RECETTE_BASE_URL
   */
  baseUrl?: string;
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
  headers?: HeadersInit;
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
   * Observability hooks: request, response, retry, error.
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
 * Per-call settings, the second argument of every method.
 *
 * @example
 * ```ts
 * await client.searchFormations(query, { signal: controller.signal, timeoutMs: 5000 });
 * ```
 */
export interface LbaCallOptions {
  /**
   * Cancels this call (backoff sleeps and rate-limit waits included).
   * @default undefined
   * @example AbortSignal.timeout(10_000)
   */
  signal?: AbortSignal;
  /**
   * Time allowed to each attempt of this call, in milliseconds.
   * @default the client's `timeoutMs` (15000)
   * @example 5000
   */
  timeoutMs?: number;
  /**
   * Overall time allowed to this call, in milliseconds.
   * @default the client's `deadlineMs`
   * @example 30000
   */
  deadlineMs?: number;
  /**
   * Retry policy for this call.
   * @default the client's `retry`
   * @example false
   */
  retry?: RetryOptions | false;
  /**
   * Validation mode for this call.
   * @default the client's `validation` ("lenient")
   * @example "strict"
   */
  validation?: ValidationMode;
}

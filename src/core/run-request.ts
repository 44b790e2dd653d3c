/*
 * The one path of every request a method sends: the typed raw client (openapi-fetch) over the HTTP
 * stack, every failure turned into an `LbaError`, the answer's metadata recorded for
 * `.withResponse()`, error bodies sent with HTTP 200 caught, and the answer validated.
 */
import { LbaApiError } from "../errors/lba-api-error.js";
import { redactUrl, responseAttempts, type RequestOptions } from "../http/index.js";
import type { ResponseSchemaKey, ResponseTypes } from "../schemas/index.js";
import { loadValidation, validateResponse } from "../validation/index.js";
import type { LbaCallOptions } from "./call-options.js";
import type { CoreContext } from "./context.js";
import type { CallScope } from "./response-meta.js";
import { apiErrorFromResponse, headersOf, toLbaError } from "./to-lba-error.js";

/** What one request is: which answer schema, which route (for messages), and how "not found" reads. */
export interface RequestSpec<K extends ResponseSchemaKey | null> {
  /** The answer's schema, or `null` for an answer the operation reads defensively itself (the geocoder's). */
  key: K;
  method: "GET" | "POST" | "PUT";
  /** The route template, as in the spec (`/api/v1/metiers/metiersParFormation/{cfd}`). */
  path: string;
  /**
   * How a lookup says "unknown": `"result"` for the 2022 `{ result: "not_found" }` with HTTP 200,
   * `"status"` for today's HTTP 404. Either gives `null` instead of an error.
   */
  notFound?: "result" | "status";
  /**
   * The answer's own schema has an `{ error }` variant sent with HTTP 200 (an appointment link's
   * "not available"): the body is validated as an answer, not taken for a refusal.
   */
  errorInAnswer?: true;
  /** Key of the lookup cache, for lookups whose answers rarely change (only used when the client has a cache). */
  cacheKey?: string;
  /** Sending it twice does no harm (an upsert, a whole replacement): retried like a GET. */
  idempotent?: boolean;
}

/**
 * What the raw call receives to spread into its `init`: the SDK's fetch (HTTP stack with this
 * call's settings) and the call's extra headers.
 */
export interface SendInit {
  fetch: (request: Request) => Promise<Response>;
  headers?: Record<string, string>;
}

/** The validated answer of a schema key (`unknown` for `null`). */
export type Answer<K extends ResponseSchemaKey | null> = K extends ResponseSchemaKey ? ResponseTypes[K] : unknown;

/** A typed raw-client call, e.g. `(init) => raw.GET("/api/v1/metiers/all", init)`. */
export type Send = (init: SendInit) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/** Per-call settings as the request path needs them: the checked options, the engine's signal, the scope. */
export interface RequestCall {
  options: LbaCallOptions;
  /** Overrides `options.signal` (a fan-out task's signal, already linked to the caller's). */
  signal?: AbortSignal | undefined;
  scope?: CallScope | undefined;
}

/**
 * Sends one request and returns its validated answer (`null` for a lookup that found nothing).
 *
 * @example
 * ```ts
 * declare const ctx: import("./context.js").LiveContext;
 * declare const call: RequestCall;
 * const body = await runRequest(ctx, { key: "metiersAll", method: "GET", path: "/api/v1/metiers/all" }, call, (init) => ctx.lba.GET("/api/v1/metiers/all", { ...init }));
 * ```
 */
export async function runRequest<K extends ResponseSchemaKey | null>(ctx: CoreContext, spec: RequestSpec<K>, call: RequestCall, send: Send): Promise<Answer<K> | null> {
  const cache = spec.cacheKey === undefined ? undefined : ctx.cache;
  // One lookup: what is stored is always an entry object, so `undefined` means a miss. A shared
  // store answers asynchronously, and what it holds is checked: anything else is a miss.
  // Its wait counts in the call's deadline: the request gets what is left of it.
  const { options } = call;
  const deadlineMs = options.deadlineMs ?? ctx.deadlineMs;
  const asked = cache === undefined ? 0 : Date.now();
  let waited = false;
  let found = cache?.get(spec.cacheKey!, call.signal ?? options.signal, deadlineMs);
  if (found instanceof Promise) {
    waited = true;
    const stored: unknown = await found;
    found = isCacheEntry(stored) ? stored : undefined;
  }
  const hit = found as CacheEntry<Answer<K> | null> | undefined;
  if (hit !== undefined) {
    call.scope?.responses.push({ status: hit.status, headers: hit.headers, method: spec.method, url: hit.url, attempts: 0, cached: true });
    return hit.value;
  }
  const mode = options.validation ?? ctx.validation;
  // The validation engine is loaded lazily: start loading it now, so it overlaps the round trip.
  if (spec.key !== null && mode !== "off") void loadValidation().catch(() => undefined);
  const requestOptions = toRequestOptions(options, call.signal);
  if (spec.idempotent) requestOptions.idempotent = true;
  if (deadlineMs !== undefined && waited) requestOptions.deadlineMs = Math.max(0, deadlineMs - (Date.now() - asked));
  // The URL of messages and metadata: the request's own, redacted when the raw client hands it
  // over; the route template only when the call failed before (redacting costs, on every request).
  let url: string | undefined;
  let outcome: Awaited<ReturnType<Send>>;
  try {
    outcome = await send({
      fetch: (request) => {
        url = redactUrl(request.url);
        return ctx.http(request, requestOptions);
      },
      ...(options.headers ? { headers: options.headers } : {}),
    });
  } catch (error) {
    throw toLbaError(error, spec.method, url ?? redactUrl(ctx.baseUrl + spec.path));
  }
  url ??= redactUrl(ctx.baseUrl + spec.path);
  const { data, error, response } = outcome;
  const attempts = responseAttempts(response) ?? 1;
  const meta = { status: response.status, headers: headersOf(response), method: spec.method, url, attempts, cached: false };
  call.scope?.responses.push(meta);

  let value: Answer<K> | null;
  if (!response.ok) {
    if (response.status !== 404 || spec.notFound !== "status") throw apiErrorFromResponse(response, error, spec.method, url, attempts);
    value = null;
  } else {
    const refusal = spec.errorInAnswer ? undefined : errorInsideSuccess(data);
    if (refusal?.code === "not_found" && spec.notFound === "result") value = null;
    else if (refusal) throw new LbaApiError({ status: response.status, method: spec.method, url, code: refusal.code, messages: refusal.messages, body: data, headers: meta.headers, attempts });
    else if (spec.key === null) value = data as Answer<K>;
    else {
      value = (await validateResponse(spec.key, data, {
        mode,
        operation: `${spec.method} ${spec.path}`,
        onIssue: ctx.onValidationIssue,
        seen: ctx.seen,
      })) as Answer<K>;
    }
  }
  cache?.set(spec.cacheKey!, { value, headers: meta.headers, status: meta.status, url });
  return value;
}

/** What the lookup cache holds for one request. */
interface CacheEntry<T> {
  value: T;
  headers: Record<string, string>;
  status: number;
  url: string;
}

/** The shape of a {@link CacheEntry}: a store may hand back anything. */
function isCacheEntry(value: unknown): value is CacheEntry<unknown> {
  const entry = value as CacheEntry<unknown> | null;
  return (
    typeof entry === "object" && entry !== null && "value" in entry && Number.isInteger(entry.status) && typeof entry.url === "string" &&
    typeof entry.headers === "object" && entry.headers !== null && Object.values(entry.headers).every((v) => typeof v === "string")
  );
}

/**
 * The HTTP layer's per-call settings from the method's options.
 *
 * @example
 * ```ts
 * declare const ctx: CoreContext;
 * declare const request: Request;
 * declare const signal: AbortSignal; // a fan-out task's
 * await ctx.http(request, toRequestOptions({ timeoutMs: 5000 }, signal));
 * ```
 */
export function toRequestOptions(options: LbaCallOptions, signal?: AbortSignal): RequestOptions {
  const out: RequestOptions = {};
  const s = signal ?? options.signal;
  if (s) out.signal = s;
  if (options.timeoutMs !== undefined) out.timeoutMs = options.timeoutMs;
  if (options.deadlineMs !== undefined) out.deadlineMs = options.deadlineMs;
  if (options.retry !== undefined) out.retry = options.retry;
  if (options.fetchOptions !== undefined) out.fetchOptions = options.fetchOptions;
  return out;
}

// Keys a whole-answer error object may carry; an answer made only of these is a refusal, not data.
const ERROR_BODY_KEYS = new Set(["error", "error_messages", "message", "result", "status", "statusCode", "name", "data"]);

/**
 * An error sent with HTTP 200 in place of the answer: `{ result: "error" | "not_found" }` (2022
 * lookups) or a body made only of error fields with an `error` string (`{ "error": "internal_error" }`).
 * Such an answer is a failure, never an empty success.
 */
function errorInsideSuccess(data: unknown): { code: string; messages: string[] } | undefined {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return undefined;
  const body = data as Record<string, unknown>;
  // Checked before the messages are gathered: nearly every answer is data, and pays only these tests.
  if (typeof body.result === "string" && body.result !== "ok") return { code: body.result, messages: messagesOf(body) };
  if (typeof body.error === "string" && Object.keys(body).every((key) => ERROR_BODY_KEYS.has(key))) return { code: body.error, messages: messagesOf(body) };
  return undefined;
}

function messagesOf(body: Record<string, unknown>): string[] {
  return [body.message, body.error_messages, body.error]
    .flat()
    .filter((m): m is string => typeof m === "string" && m !== "")
    .slice(0, 10);
}

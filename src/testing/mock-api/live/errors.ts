/**
 * The error bodies of today's servers, as their code builds them:
 * - La Bonne Alternance (fastify + Boom): `{ statusCode, error, message, data? }`; a schema
 *   failure carries the zod issues in `data.validationError`; an unknown route answers Boom's
 *   whole `output` object (`{ statusCode, payload, headers }`), as its not-found handler sends it;
 * - API Apprentissage (the gateway): `{ statusCode, name, message, data? }`, the message of any
 *   5xx replaced by a generic one. It copies the bodies of the server behind it unchanged.
 */
import { json, type MockResponse } from "../response.js";
import type { RateLimitVerdict } from "../rate-limit.js";
import type { ZodIssue } from "./query.js";

const STATUS_TEXT: Readonly<Record<number, string>> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** The reason phrase of a status ("Unknown" when the table lacks it). @example `statusText(429) // "Too Many Requests"` */
export function statusText(status: number): string {
  return STATUS_TEXT[status] ?? "Unknown";
}

/**
 * A Boom error as La Bonne Alternance's error handler sends it.
 *
 * @example
 * ```ts
 * lbaError(400, "Job or recruiter not found").body; // { statusCode: 400, error: "Bad Request", message: "Job or recruiter not found" }
 * ```
 */
export function lbaError(status: number, message: string, data?: unknown, headers: Record<string, string> = {}): MockResponse {
  return json(status, { statusCode: status, error: statusText(status), message, ...(data === undefined ? {} : { data }) }, headers);
}

/**
 * A schema (zod) failure: `message` joins `<context>.<path>: <issue message>` like the server's
 * `getZodMessageError`, `data.validationError` holds the issues.
 *
 * @example
 * ```ts
 * frameworkBadRequest([{ code: "unrecognized_keys", keys: ["caller"], path: [], message: 'Unrecognized key: "caller"' }], "querystring");
 * // message: 'querystring.: Unrecognized key: "caller"'
 * ```
 */
export function frameworkBadRequest(issues: readonly ZodIssue[], context: "querystring" | "params" | "body"): MockResponse {
  const message = issues.map((issue) => `${context}.${issue.path.join(".")}: ${issue.message}`).join(", ");
  return lbaError(400, message, { validationError: { code: "FST_ERR_VALIDATION", issues, name: "ZodError", statusCode: 400, validationContext: context } });
}

/**
 * What fastify's not-found handler of both servers sends: Boom's `output` object, as is.
 *
 * @example
 * ```ts
 * boomNotFound("Not Found").body; // { statusCode: 404, payload: { statusCode: 404, error: "Not Found", message: "Not Found" }, headers: {} }
 * ```
 */
export function boomNotFound(message: string): MockResponse {
  return json(404, { statusCode: 404, payload: { statusCode: 404, error: "Not Found", message }, headers: {} });
}

/**
 * An error of the gateway itself: `{ statusCode, name, message, data? }`; 5xx get the gateway's
 * generic message and no data.
 *
 * @example
 * ```ts
 * (gatewayError(401, "Vous devez fournir une clé d'API valide pour accéder à cette ressource").body as { name: string }).name; // "Unauthorized"
 * ```
 */
export function gatewayError(status: number, message: string, data?: unknown, headers: Record<string, string> = {}): MockResponse {
  if (status >= 500) return json(status, { statusCode: status, name: statusText(status), message: "The server was unable to complete your request" }, headers);
  return json(status, { statusCode: status, name: statusText(status), message, ...(data === undefined ? {} : { data }) }, headers);
}

/**
 * A body the gateway forwards from the server behind it: unchanged (`"forwarded"`, what the real
 * gateway does) or rewritten to the documented gateway shape (`error` → `name`).
 *
 * @example
 * ```ts
 * forward(lbaError(404, "Aucune offre"), "gateway").body; // { statusCode: 404, name: "Not Found", message: "Aucune offre" }
 * ```
 */
export function forward(response: MockResponse, shape: "forwarded" | "gateway"): MockResponse {
  if (shape === "forwarded" || response.status < 400) return response;
  const { error, ...rest } = response.body as { error?: string; statusCode: number; message: string; data?: unknown };
  return { ...response, body: { statusCode: rest.statusCode, name: error ?? statusText(response.status), message: rest.message, ...(rest.data === undefined ? {} : { data: rest.data }) } };
}

/**
 * Durations as the `ms` package words them (`{ long: true }`), which the rate-limit plugin of both
 * servers uses in its messages: "1 second", "42 seconds", "500 ms".
 *
 * @example
 * ```ts
 * formatDuration(41_600); // "42 seconds"
 * ```
 */
export function formatDuration(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, "day"],
    [3_600_000, "hour"],
    [60_000, "minute"],
    [1000, "second"],
  ];
  for (const [size, name] of units) {
    if (ms >= size) return `${Math.round(ms / size)} ${name}${ms >= size * 1.5 ? "s" : ""}`;
  }
  return `${ms} ms`;
}

/** `x-ratelimit-*` headers (and `retry-after` when refused), as @fastify/rate-limit sets them. @example `rateLimitHeaders(verdict)["x-ratelimit-remaining"]` */
export function rateLimitHeaders(verdict: RateLimitVerdict): Record<string, string> {
  if (verdict.allowed) return { "x-ratelimit-limit": String(verdict.limit), "x-ratelimit-remaining": String(verdict.remaining), "x-ratelimit-reset": String(verdict.resetSeconds) };
  const seconds = String(verdict.retryAfterSeconds);
  return { "x-ratelimit-limit": String(verdict.limit), "x-ratelimit-remaining": "0", "x-ratelimit-reset": seconds, "retry-after": seconds };
}

/**
 * La Bonne Alternance's 429 (the plugin's default error, through the server's error handler).
 *
 * @example
 * ```ts
 * declare const verdict: Extract<RateLimitVerdict, { allowed: false }>;
 * lbaTooManyRequests(verdict).headers["retry-after"]; // "1"
 * ```
 */
export function lbaTooManyRequests(verdict: Extract<RateLimitVerdict, { allowed: false }>): MockResponse {
  return lbaError(429, `Rate limit exceeded, retry in ${formatDuration(verdict.waitMs)}`, { rawError: { statusCode: 429 } }, rateLimitHeaders(verdict));
}

/**
 * The gateway's 429 (its own `errorResponseBuilder`, through its error handler). Its spec says 419.
 *
 * @example
 * ```ts
 * declare const verdict: Extract<RateLimitVerdict, { allowed: false }>;
 * (gatewayTooManyRequests(verdict).body as { message: string }).message; // "Quota dépassé : 60 requêtes par 42 seconds. Voir ..."
 * ```
 */
export function gatewayTooManyRequests(verdict: Extract<RateLimitVerdict, { allowed: false }>): MockResponse {
  const message = `Quota dépassé : ${verdict.limit} requêtes par ${formatDuration(verdict.waitMs)}. Voir https://api.apprentissage.beta.gouv.fr/api/documentation pour les limites par endpoint.`;
  return gatewayError(429, message, { rawError: { statusCode: 429, error: "Too Many Requests", message } }, rateLimitHeaders(verdict));
}

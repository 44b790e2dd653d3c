import { LbaAbortError } from "../errors/lba-abort-error.js";
import { LbaApiError } from "../errors/lba-api-error.js";
import { LbaAuthError } from "../errors/lba-auth-error.js";
import { LbaError } from "../errors/lba-error.js";
import { LbaNetworkError } from "../errors/lba-network-error.js";
import { LbaRateLimitError } from "../errors/lba-rate-limit-error.js";
import { parseRetryAfterSeconds } from "../http/index.js";
import { parseApiErrorBody } from "../schemas/error-body.js";
import { appointmentServerErrorMessage, forbiddenMessage, habilitationOf } from "./route-rights.js";

/**
 * Anything thrown while a request was under way becomes an {@link LbaError}: the HTTP layer already
 * throws typed errors; what is left are failures while openapi-fetch read the body (a reset mid-body,
 * JSON that does not parse), which are transport faults from the caller's point of view.
 *
 * @example
 * ```ts
 * declare const send: () => Promise<Response>;
 * const url = "https://labonnealternance.apprentissage.beta.gouv.fr/api/v1/metiers/all";
 * try { await send(); } catch (error) { throw toLbaError(error, "GET", url); }
 * ```
 */
export function toLbaError(error: unknown, method: string, url: string): LbaError {
  if (error instanceof LbaError) return error;
  if (isAbort(error)) return new LbaAbortError({ method, url, cause: error });
  if (error instanceof SyntaxError) {
    return new LbaNetworkError({ method, url, cause: error, message: `${method} ${url} answered a body that is not valid JSON` });
  }
  return new LbaNetworkError({ method, url, cause: error });
}

/**
 * An HTTP error status becomes {@link LbaApiError} with the server's messages, parsed from every
 * error shape the two APIs use; 429 becomes {@link LbaRateLimitError} with `retryAfter` in seconds;
 * 401 and 403 become {@link LbaAuthError}; a 403 on a route that needs an habilitation names it
 * (`habilitation`) and says how to get it; the gateway's own 500 on an appointment link says what it
 * likely means. The answer's headers and the attempts made come along.
 *
 * @example
 * ```ts
 * declare const response: Response;
 * declare const body: unknown;
 * const url = "https://labonnealternance.apprentissage.beta.gouv.fr/api/v1/metiers/all";
 * if (!response.ok) throw apiErrorFromResponse(response, body, "GET", url, 1);
 * ```
 */
export function apiErrorFromResponse(response: Response, body: unknown, method: string, url: string, attempts?: number): LbaApiError {
  // A body that is not JSON (an HTML error page of a proxy) carries no message of the API's.
  const json = typeof body === "string" ? tryJson(body) : body;
  const parsed = typeof json === "string" ? { messages: [] as string[], code: undefined } : parseApiErrorBody(json);
  const init = { status: response.status, method, url, messages: parsed.messages, code: parsed.code, body, headers: headersOf(response), attempts };
  if (response.status === 429) return new LbaRateLimitError({ ...init, retryAfter: parseRetryAfterSeconds(response.headers.get("retry-after")) });
  if (response.status === 401) return new LbaAuthError(init);
  if (response.status === 403) {
    const habilitation = habilitationOf(method, url);
    return new LbaAuthError(habilitation ? { ...init, habilitation, message: forbiddenMessage(habilitation, method, url, parsed.messages) } : init);
  }
  if (response.status === 500 && isGatewayShaped(json) && habilitationOf(method, url) === "appointments:write") {
    return new LbaApiError({ ...init, message: appointmentServerErrorMessage(method, url) });
  }
  return new LbaApiError(init);
}

/**
 * A Response's headers as a plain object, names in lower case (what errors and `.withResponse()` carry).
 *
 * @example
 * ```ts
 * headersOf(new Response(null, { headers: { "Retry-After": "2" } })); // { "retry-after": "2" }
 * ```
 */
export function headersOf(response: Response): Record<string, string> {
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/** The gateway's own error body (`name`), not one passed through from La Bonne Alternance (`error`). */
function isGatewayShaped(body: unknown): boolean {
  return typeof body === "object" && body !== null && typeof (body as { name?: unknown }).name === "string" && !("error" in body);
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isAbort(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

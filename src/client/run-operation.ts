import { LbaApiError } from "../errors/lba-api-error.js";
import { redactUrl } from "../http/index.js";
import type { CallOptions } from "../http/index.js";
import { validateResponse, type ResponseKey, type ResponseOf } from "../validation/index.js";
import { apiErrorFromResponse, toLbaError } from "./to-lba-error.js";
import type { ClientContext } from "./context.js";
import type { LbaCallOptions } from "./options.js";

/** What one operation needs: which response schema, which route, which parameters. */
export interface OperationRequest<K extends ResponseKey> {
  key: K;
  method: "GET" | "POST";
  /** The route template, as in the spec (`/api/V1/metiers/metiersParFormation/{cfd}`). */
  path: string;
  query?: Record<string, unknown>;
  pathParams?: Record<string, string>;
  body?: unknown;
  /** Lookup routes answer `{ result: "not_found" }` with HTTP 200: that is `null`, not an error. */
  notFoundIsNull?: boolean;
}

// openapi-fetch types each route precisely; the facade builds routes from data (and validates the
// answers with zod), so it calls the raw client through this one untyped door.
type UntypedCall = (
  path: string,
  init: { params?: { query?: Record<string, unknown>; path?: Record<string, string> }; body?: unknown; fetch: (r: Request) => Promise<Response> },
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Sends one request through the raw client and the HTTP stack, turns every failure into an
 * `LbaError`, and validates the answer. The one place where responses become results.
 */
export async function runOperation<K extends ResponseKey>(
  ctx: ClientContext,
  request: OperationRequest<K>,
  call: LbaCallOptions = {},
): Promise<ResponseOf<K> | null> {
  const httpCall: CallOptions = {};
  if (call.signal) httpCall.signal = call.signal;
  if (call.timeoutMs !== undefined) httpCall.timeoutMs = call.timeoutMs;
  if (call.deadlineMs !== undefined) httpCall.deadlineMs = call.deadlineMs;
  if (call.retry !== undefined) httpCall.retry = call.retry;

  let url = redactUrl(ctx.baseUrl + request.path);
  const send = (request.method === "GET" ? ctx.raw.GET : ctx.raw.POST) as unknown as UntypedCall;
  let outcome: Awaited<ReturnType<UntypedCall>>;
  try {
    outcome = await send(request.path, {
      params: { query: request.query, path: request.pathParams },
      ...(request.body === undefined ? {} : { body: request.body }),
      fetch: (req) => {
        url = redactUrl(req.url);
        return ctx.http(req, httpCall);
      },
    });
  } catch (error) {
    throw toLbaError(error, request.method, url);
  }
  const { data, error, response } = outcome;
  if (!response.ok) throw apiErrorFromResponse(response, error, request.method, url);

  if (isResultBody(data)) {
    if (data.result === "not_found" && request.notFoundIsNull) return null;
    if (data.result === "error" || data.result === "not_found") {
      throw new LbaApiError({
        status: response.status,
        method: request.method,
        url,
        code: data.result,
        messages: typeof data.message === "string" ? [data.message] : typeof data.error === "string" ? [data.error] : [],
        body: data,
      });
    }
  }
  return validateResponse(request.key, data, {
    mode: call.validation ?? ctx.validation,
    operation: `${request.method} ${request.path}`,
    onIssue: ctx.onValidationIssue,
    seen: ctx.seen,
  }) as ResponseOf<K>;
}

function isResultBody(data: unknown): data is { result: string; message?: unknown; error?: unknown } {
  return typeof data === "object" && data !== null && typeof (data as { result?: unknown }).result === "string" && (data as { result: string }).result !== "ok";
}

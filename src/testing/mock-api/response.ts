/**
 * The response type of the mock API and the builders of its error bodies (both 400 shapes, 404, 429).
 */

/** What {@link createMockApi}'s `handle` returns. @example `{ status: 200, headers: { "content-type": "application/json; charset=utf-8" }, body: { results: [] } }` */
export interface MockResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** One validation problem: the parameter(s) concerned and the server's message. @example `{ param: "radius", message: "Search radius is missing." }` */
export interface ParamIssue {
  /** As the server names them in its message prefix ("radius", "romes, romeDomain"). */
  param: string;
  message: string;
}

const JSON_HEADERS = { "content-type": "application/json; charset=utf-8" } as const;

/**
 * A JSON response.
 *
 * @example
 * ```ts
 * json(200, { results: [] });
 * ```
 */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): MockResponse {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body };
}

/**
 * The 400 answer for validation problems, in the legacy shape
 * (`{ error: "wrong_parameters", error_messages: ["radius : Search radius must be ..."] }`) or the
 * framework shape of the newest servers.
 *
 * @example
 * ```ts
 * badRequest([{ param: "radius", message: "Search radius is missing." }], "legacy", "querystring");
 * ```
 */
export function badRequest(issues: readonly ParamIssue[], shape: "legacy" | "framework", context: "querystring" | "body", legacyCode = "wrong_parameters"): MockResponse {
  if (shape === "legacy") {
    return json(400, { error: legacyCode, error_messages: issues.map((i) => `${i.param} : ${i.message}`) });
  }
  const first = (param: string): string => param.split(",")[0]!.trim();
  return json(400, {
    statusCode: 400,
    error: "Bad Request",
    message: issues.map((i) => `${context}.${first(i.param)}: ${i.message}`).join(", "),
    data: {
      validationError: {
        name: "ZodError",
        code: "FST_ERR_VALIDATION",
        statusCode: 400,
        validationContext: context,
        issues: issues.map((i) => ({ code: "custom", path: [first(i.param)], message: i.message })),
      },
    },
  });
}

/**
 * 404 for routes the API does not have.
 *
 * @example
 * ```ts
 * notFound("GET", "/api/V1/nope").status; // 404
 * ```
 */
export function notFound(method: string, path: string): MockResponse {
  return json(404, { error: "not_found", message: `Cannot ${method.toUpperCase()} ${path}` });
}

/**
 * 429 with `Retry-After` (seconds).
 *
 * @example
 * ```ts
 * tooManyRequests(1).headers["retry-after"]; // "1"
 * ```
 */
export function tooManyRequests(retryAfterSeconds: number): MockResponse {
  return json(429, { error: "too_many_requests", message: "Too many requests, please try again later." }, { "retry-after": String(retryAfterSeconds) });
}

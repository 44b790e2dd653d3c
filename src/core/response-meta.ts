/**
 * What a method learned of the answers behind its result: status, headers (rate-limit headers
 * included), the redacted URL and the attempts made. `client.x(...).withResponse()` returns it
 * beside the data, without a second call.
 *
 * @example
 * ```ts
 * import { createLbaClient } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * const { data, response } = await client.listMetiers().withResponse();
 * console.log(data.length, response?.status, response?.headers["ratelimit-remaining"]);
 * ```
 */
export interface ResponseMeta {
  /** HTTP status of the answer. */
  status: number;
  /** The answer's headers, names in lower case. */
  headers: Readonly<Record<string, string>>;
  /** Method and URL of the request, with personal query values masked. */
  method: string;
  url: string;
  /** Attempts made for this answer (1 when nothing was retried). */
  attempts: number;
  /** True when the answer came from the client's lookup cache (no request was sent). */
  cached: boolean;
}

/**
 * What one call collects while it runs: every answer's metadata, in the order they arrived.
 *
 * @example
 * ```ts
 * const scope: CallScope = { responses: [] };
 * ```
 */
export interface CallScope {
  readonly responses: ResponseMeta[];
}

import { LbaError } from "./lba-error.js";

/**
 * The server answered with an error: an HTTP error status, or a `{ result: "error" }` body with HTTP 200.
 *
 * `messages` holds the server's own messages, parsed from both 400 shapes the API uses
 * (`{ error, error_messages }` and the framework's `{ statusCode, error, message, data }`).
 *
 * @example
 * ```ts
 * import { LbaApiError, type LbaClient, type SearchFormationsQuery } from "labonnealternance";
 *
 * declare const client: LbaClient;
 * declare const query: SearchFormationsQuery;
 * try {
 *   await client.searchFormations(query);
 * } catch (error) {
 *   if (error instanceof LbaApiError && error.status === 400) console.log(error.messages);
 * }
 * ```
 */
export class LbaApiError extends LbaError {
  static override readonly brand: string = "LbaApiError";
  override name = "LbaApiError";
  /** HTTP status (200 for `{ result: "error" }` bodies). */
  declare readonly status: number;
  /** The server's messages, e.g. `["radius : Search radius must be a number between 0 and 200."]`. */
  declare readonly messages: readonly string[];
  /** The server's error code when it sent one (`"wrong_parameters"`, `"Bad Request"`, ...). */
  declare readonly code: string | undefined;
  /** Method and URL of the request, without query values that could be personal. */
  declare readonly method: string;
  declare readonly url: string;
  /** The parsed body, kept for diagnostics (never an application body: those are not echoed). */
  declare readonly body: unknown;
  /**
   * The answer's headers, names in lower case (rate-limit headers included: `retry-after`,
   * `ratelimit-remaining`...); empty when the error was found inside a 200 answer's body.
   */
  declare readonly headers: Readonly<Record<string, string>>;

  constructor(init: {
    status: number;
    method: string;
    url: string;
    messages?: readonly string[];
    code?: string | undefined;
    body?: unknown;
    message?: string;
    headers?: Readonly<Record<string, string>>;
    attempts?: number | undefined;
  }) {
    const messages = init.messages ?? [];
    const summary = messages.length > 0 ? messages.join("; ") : (init.code ?? "no message");
    super(init.message ?? `The API answered ${init.status} to ${init.method} ${init.url}: ${summary}`);
    this.status = init.status;
    this.messages = messages;
    this.code = init.code;
    this.method = init.method;
    this.url = init.url;
    this.body = init.body;
    this.headers = init.headers ?? {};
    this.attempts = init.attempts;
  }
}

/*
 * How many attempts produced a Response the stack returns. A WeakMap rather than a property on the
 * Response: nothing is added to a platform object, and the entry goes away with the Response.
 */
const attemptsOf = new WeakMap<Response, number>();

/** Records that `response` came out of `attempts` attempts (called by the stack as it returns). */
export function recordAttempts(response: Response, attempts: number): void {
  attemptsOf.set(response, attempts);
}

/**
 * How many attempts the HTTP stack made to get `response` (1 when it was not retried), or
 * `undefined` for a Response that did not come out of the stack. The facade reads it to say
 * "failed after 3 attempts" when it turns a final 4xx/5xx into an `LbaApiError`; thrown errors
 * carry the same count in `error.attempts`.
 *
 * @example
 * ```ts
 * declare const response: Response; // a Response returned through the SDK's fetch
 * console.log(`answered ${response.status} after ${responseAttempts(response) ?? 1} attempt(s)`);
 * ```
 */
export function responseAttempts(response: Response): number | undefined {
  return typeof response === "object" && response !== null ? attemptsOf.get(response) : undefined;
}

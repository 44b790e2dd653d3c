/**
 * Does nothing: the handler of a promise whose rejection is expected and of no interest (a
 * cancelled body, a listener slot), shared so no call allocates one.
 *
 * @example
 * ```ts
 * declare const body: ReadableStream;
 * body.cancel().catch(noop);
 * ```
 */
export function noop(): void {}

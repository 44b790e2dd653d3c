/** Where {@link readBody} keeps the reader it reads with, so a timer can cancel it. */
export interface ReaderSlot {
  reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
}

const EMPTY = new Uint8Array(0);

/**
 * Reads a response body to its end, as bytes.
 *
 * Through a reader put in `slot` rather than `response.arrayBuffer()`: when a timeout, the deadline
 * or the caller's signal ends the attempt, `slot.reader.cancel()` stops the download even if the
 * platform lost the link between the fetch and its abort signal (nodejs/undici#4068: after a garbage
 * collection, aborting the signal of a `Request` whose internal copy was collected no longer
 * reaches the fetch). Cancelling the stream reaches the socket whatever became of the signal.
 *
 * A body that is not a web stream (a fetch polyfill's Node stream) is read with `arrayBuffer()`.
 *
 * @example
 * ```ts
 * const slot: ReaderSlot = { reader: undefined };
 * const timer = setTimeout(() => void slot.reader?.cancel(), 5000);
 * const bytes = await readBody(await fetch("https://example.org"), slot).finally(() => clearTimeout(timer));
 * ```
 */
export async function readBody(response: Response, slot: ReaderSlot): Promise<Uint8Array> {
  const body = response.body as ReadableStream<Uint8Array> | null | undefined;
  if (body === null || body === undefined) return EMPTY;
  if (typeof body.getReader !== "function") return new Uint8Array(await response.arrayBuffer());
  const reader = body.getReader();
  slot.reader = reader;
  let first: Uint8Array | undefined;
  let rest: Uint8Array[] | undefined;
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!(value instanceof Uint8Array)) throw new TypeError("the response body is not a stream of bytes");
    length += value.byteLength;
    if (first === undefined) first = value;
    else (rest ??= [first]).push(value);
  }
  if (rest === undefined) return first ?? EMPTY;
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of rest) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

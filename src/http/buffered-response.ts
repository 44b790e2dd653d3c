/*
 * The Response the stack returns: the answer's status, status text, headers, URL, `redirected` and
 * `type`, over a body already read in full inside the attempt (so a reset mid-body was a retryable
 * fault of that attempt, and the attempt timeout covered it).
 *
 * Why a subclass rather than `new Response(bytes, init)`: building a Response around bytes makes a
 * ReadableStream at once (about 24 µs in Node 20, the largest single cost of a call through the
 * stack), only for openapi-fetch to read it back with `text()`. Here the stream is made only if
 * someone asks for `body`; `text()`, `json()`, `arrayBuffer()`, `bytes()` and `blob()` answer from
 * the bytes. Once `body` was asked for, every method defers to a real Response over a copy of the
 * bytes, so stream and "body used" semantics stay the platform's own.
 */

// `fatal: false` and BOM stripping: the "UTF-8 decode" of the Fetch standard's `text()`.
const decoder = new TextDecoder();

/** What a BufferedResponse keeps of the answer it was read from. */
export interface AnswerMeta {
  status: number;
  statusText: string;
  headers: Headers;
  url: string;
  redirected: boolean;
  type: ResponseType;
}

/**
 * True when `status` can be given to the Response constructor (200..599). An opaque redirect
 * (browser, `redirect: "manual"`) has status 0: such an answer is returned as it is.
 *
 * @example
 * ```ts
 * canRebuild(404); // true
 * canRebuild(0);   // false
 * ```
 */
export function canRebuild(status: number): boolean {
  return Number.isInteger(status) && status >= 200 && status <= 599;
}

/**
 * A Response over bytes already read; see the file's comment. Made on first use: declaring a
 * subclass of `Response` at import makes Node load its whole fetch implementation then (about
 * 18 ms of start-up), before the first request needs it.
 *
 * @example
 * ```ts
 * const answer = await fetch("https://example.org/data.json");
 * const copy = createBufferedResponse(new Uint8Array(await answer.arrayBuffer()), answer, answer.body !== null); // a Response is an AnswerMeta
 * await copy.json();
 * ```
 */
export function createBufferedResponse(bytes: Uint8Array, meta: AnswerMeta, hasBody: boolean): Response {
  BufferedResponse ??= defineBufferedResponse();
  return new BufferedResponse(bytes, meta, hasBody);
}

/**
 * True for a Response made by {@link createBufferedResponse} (already read: it holds no connection).
 *
 * @example
 * ```ts
 * isBufferedResponse(new Response("{}")); // false
 * ```
 */
export function isBufferedResponse(response: unknown): boolean {
  return BufferedResponse !== undefined && response instanceof BufferedResponse;
}

let BufferedResponse: (new (bytes: Uint8Array, meta: AnswerMeta, hasBody: boolean) => Response) | undefined;

function defineBufferedResponse() {
  return class BufferedResponse extends Response {
    readonly #bytes: Uint8Array;
    readonly #headers: Headers;
    readonly #meta: Pick<AnswerMeta, "url" | "redirected" | "type">;
    readonly #hasBody: boolean;
    #used = false;
    #inner: Response | undefined;

    constructor(bytes: Uint8Array, meta: AnswerMeta, hasBody: boolean) {
      // The answer's own Headers object, not a copy (a copy costs a few µs per call): a fetch's
      // answer has immutable headers, and so does this Response, as the platform's would.
      super(null, { status: meta.status, statusText: meta.statusText });
      this.#headers = meta.headers;
      this.#bytes = bytes;
      this.#meta = { url: meta.url, redirected: meta.redirected, type: meta.type };
      // 204, 205 and 304 never carry a body, whatever the server sent.
      this.#hasBody = hasBody && meta.status !== 204 && meta.status !== 205 && meta.status !== 304;
    }

    override get headers(): Headers {
      return this.#headers;
    }

    override get url(): string {
      return this.#meta.url;
    }

    override get redirected(): boolean {
      return this.#meta.redirected;
    }

    override get type(): ResponseType {
      return this.#meta.type;
    }

    override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
      return this.#hasBody ? this.#real().body : null;
    }

    override get bodyUsed(): boolean {
      return this.#inner !== undefined ? this.#inner.bodyUsed : this.#used;
    }

    override async text(): Promise<string> {
      if (this.#inner !== undefined) return this.#inner.text();
      return decoder.decode(this.#take());
    }

    override async json(): Promise<any> {
      if (this.#inner !== undefined) return this.#inner.json();
      return JSON.parse(decoder.decode(this.#take()));
    }

    override async arrayBuffer(): Promise<ArrayBuffer> {
      if (this.#inner !== undefined) return this.#inner.arrayBuffer();
      return copyOf(this.#take()).buffer;
    }

    override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
      if (this.#inner !== undefined) return this.#inner.bytes();
      return copyOf(this.#take());
    }

    override async blob(): Promise<Blob> {
      if (this.#inner !== undefined) return this.#inner.blob();
      return new Blob([copyOf(this.#take())], { type: this.headers.get("content-type") ?? "" });
    }

    override async formData(): Promise<FormData> {
      return this.#real().formData();
    }

    override clone(): Response {
      if (this.bodyUsed) throw new TypeError("Response.clone: the body has already been read");
      return new BufferedResponse(this.#bytes, { status: this.status, statusText: this.statusText, headers: this.headers, ...this.#meta }, this.#hasBody);
    }

    /** The bytes, once: a second read fails as the platform's does. */
    #take(): Uint8Array {
      if (this.#used) throw new TypeError("Body is unusable: the body has already been read");
      this.#used = true;
      return this.#bytes;
    }

    /** A platform Response over a copy of the bytes, for `body` and `formData()`; consumed if we were. */
    #real(): Response {
      if (this.#inner === undefined) {
        this.#inner = new Response(this.#hasBody ? copyOf(this.#bytes) : null, { headers: this.headers });
        if (this.#used) void this.#inner.arrayBuffer().catch(() => undefined);
      }
      return this.#inner;
    }
  }
}

function copyOf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy;
}

/*
 * One call through the stack: attempts, retries, waits, and how the call ends.
 *
 * Why the call is ended by the SDK's own timers and listeners rather than by aborting fetch alone
 * (issue 13, nodejs/undici#4068): undici links the signal of each Request it builds to its parent
 * signal through a WeakRef. `fetch(request, init)` builds such a Request internally and keeps no
 * reference to it; once a garbage collection has taken it, aborting the parent no longer reaches the
 * fetch, and a body that drips in keeps the call pending for as long as the server likes. So:
 * - the deadline timer and the caller's signals settle the call's promise themselves (`stop`);
 * - the attempt timer settles the attempt's race itself (`abortAttempt`), which the loop sees as a
 *   timeout of that attempt;
 * - both still abort the fetch's signal, and cancel the body's reader, which reaches the socket
 *   whatever became of the signal; an answer that arrives after its attempt ended is discarded;
 * - the timers hold the call (and, through it, the request in flight) strongly until it settles.
 */
import { LbaAbortError } from "../errors/lba-abort-error.js";
import { LbaError } from "../errors/lba-error.js";
import { LbaNetworkError } from "../errors/lba-network-error.js";
import { LbaRateLimitError } from "../errors/lba-rate-limit-error.js";
import { LbaTimeoutError } from "../errors/lba-timeout-error.js";
import { keyCovers } from "./api-key.js";
import { backoffDelay } from "./backoff.js";
import { delay } from "./delay.js";
import { endpointGroupOf, type EndpointGroup } from "./endpoint-groups.js";
import { readBody, type ReaderSlot } from "./read-body.js";
import { redactUrl } from "./redact-url.js";
import { recordAttempts } from "./response-attempts.js";
import { parseRetryAfterMs } from "./retry-after.js";
import { isRetryable, RETRYABLE_STATUSES } from "./retry-policy.js";
import type { StackConfig, ResolvedRetry } from "./stack-config.js";
import { resolveCall } from "./stack-config.js";
import { startWatchdog } from "./timeout.js";
import type { CallOptions, RetryReason } from "./types.js";

type Timer = ReturnType<typeof setTimeout>;

/**
 * Runs one call through the stack and returns its promise, which always settles with a Response or
 * an `LbaError` carrying `attempts`, within the call's timeout, deadline and signals.
 *
 * @example
 * ```ts
 * const response = await startCall(resolveConfig({ timeoutMs: 5000 }), new Request(url), {});
 * ```
 */
export function startCall(cfg: StackConfig, input: Request, call: CallOptions | undefined): Promise<Response> {
  try {
    return new Call(cfg, input, call).promise;
  } catch (error) {
    // Only odd inputs get here (not a Request): still a typed error, never a TypeError.
    return Promise.reject(new LbaError(`The request could not be sent: ${describe(error)}`, { cause: error }));
  }
}

class Call implements ReaderSlot {
  readonly promise: Promise<Response>;
  private resolve!: (response: Response) => void;
  private reject!: (error: unknown) => void;
  private readonly method: string;
  private rawUrl: string;
  private redacted: string | undefined;
  private readonly group: EndpointGroup | undefined;
  private readonly retry: ResolvedRetry | undefined;
  private readonly timeoutMs: number;
  private readonly deadlineMs: number;
  private readonly fetchOptions: Record<string, unknown> | undefined;
  /** Attempts started so far. */
  private attempt = 0;
  private done = false;
  /** Why the call was stopped (caller's abort, deadline), once it was. */
  private stopped: LbaError | undefined;
  private signals: AbortSignal[] | undefined;
  private deadlineTimer: Timer | undefined;
  private waitController: AbortController | undefined;
  // The attempt in flight (all cleared by `endAttempt`).
  private liveAttempt = 0;
  private attemptTimer: Timer | undefined;
  private timedOut = false;
  private controller: AbortController | undefined;
  private interrupt: ((reason: unknown) => void) | undefined;
  /** Kept referenced while in flight: a custom fetch may follow only this Request's signal. */
  private inFlight: Request | undefined;
  reader: ReadableStreamDefaultReader<Uint8Array> | undefined;

  constructor(
    private readonly cfg: StackConfig,
    private readonly input: Request,
    callOptions: CallOptions | undefined,
  ) {
    this.method = String(input.method).toUpperCase();
    this.rawUrl = input.url;
    this.group = endpointGroupOf(new URL(input.url).pathname);
    const call = resolveCall(cfg, callOptions);
    this.retry = call.retry;
    this.timeoutMs = call.timeoutMs;
    this.deadlineMs = call.deadlineMs;
    this.fetchOptions = call.fetchOptions;
    this.promise = new Promise<Response>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    this.listen(cfg.signal);
    this.listen(call.signal);
    this.listen(input.signal);
    if (!this.done) this.deadlineTimer = startWatchdog(this.deadlineMs, deadlinePassed, this);
    this.run().then(
      (response) => this.finish(response, undefined),
      (error: unknown) => this.finish(undefined, error),
    );
  }

  /** The URL for hooks, logs and errors: redacted once, when first needed. */
  private get url(): string {
    return (this.redacted ??= redactUrl(this.rawUrl));
  }

  private async run(): Promise<Response> {
    const { cfg, input } = this;
    // Buffered once so each attempt can send it again (only ever re-sent under the POST rule).
    const body = input.body === null ? undefined : await input.arrayBuffer();
    for (;;) {
      if (this.stopped) throw this.stopped;
      const limiter = cfg.limiter;
      if (limiter !== undefined && this.group !== undefined && !limiter.tryAcquire(this.group)) {
        await limiter.acquire(this.group, this.waitSignal());
      }
      if (this.stopped) throw this.stopped;
      const attempt = ++this.attempt;
      const request = body === undefined ? input : new Request(input, { body });
      const { observer } = cfg;
      const observed = observer.active();
      if (observed) observer.request({ method: this.method, url: this.url, attempt, group: this.group });

      const started = Date.now();
      let response: Response | undefined;
      let failure: { error: LbaError; reason: RetryReason } | undefined;
      try {
        response = await this.send(request, attempt);
      } catch (error) {
        if (this.stopped) throw this.stopped;
        failure = this.timedOut
          ? { error: new LbaTimeoutError({ timeoutMs: this.timeoutMs, kind: "attempt", method: this.method, url: this.url }), reason: "timeout" }
          : { error: new LbaNetworkError({ method: this.method, url: this.url, cause: error }), reason: "network" };
        if (observed) observer.error({ method: this.method, url: this.url, attempt, error: failure.error });
      } finally {
        this.endAttempt();
      }
      if (response !== undefined && observed) {
        observer.response({ method: this.method, url: this.url, status: response.status, attempt, durationMs: Date.now() - started });
      }

      let retryAfterMs: number | undefined;
      const retry = this.retry;
      if (response !== undefined) {
        if (!RETRYABLE_STATUSES.has(response.status)) return response;
        retryAfterMs = parseRetryAfterMs(response.headers.get("retry-after"));
        if (response.status === 429 && retryAfterMs !== undefined) {
          if (retry && retryAfterMs > retry.maxRetryAfterMs) {
            throw new LbaRateLimitError({ status: 429, method: this.method, url: this.url, retryAfter: Math.ceil(retryAfterMs / 1000) });
          }
          limiter?.pause(this.group, retryAfterMs);
        }
      }
      const reason: RetryReason = failure ? failure.reason : "status";
      const retriesLeft = retry ? retry.retries - (attempt - 1) : 0;
      if (!retry || !(retriesLeft > 0)) {
        if (response !== undefined) return response;
        throw failure!.error;
      }
      const event = {
        method: this.method,
        url: this.url,
        attempt,
        reason,
        ...(response !== undefined ? { status: response.status } : {}),
        ...(failure ? { error: failure.error } : {}),
      };
      const retryByDefault = isRetryable(event);
      let again = retryByDefault;
      if (typeof retry.shouldRetry === "function") {
        try {
          again = retry.shouldRetry({ ...event, retriesLeft, retryByDefault }) ?? retryByDefault;
        } catch (error) {
          throw this.hookError("retry.shouldRetry", error);
        }
      }
      if (!again) {
        if (response !== undefined) return response;
        throw failure!.error;
      }
      const delayMs = retryAfterMs ?? backoffDelay(attempt, retry);
      observer.retry({ ...event, delayMs });
      if (typeof retry.onRetry === "function") {
        try {
          retry.onRetry({ ...event, delayMs });
        } catch {
          // A throwing callback must not turn a retry into a failure.
        }
      }
      await delay(delayMs, this.waitSignal(), { unref: true });
    }
  }

  /** One attempt: fetch and the whole body, raced against the attempt's timer and the call's end. */
  private send(request: Request, attempt: number): Promise<Response> {
    const controller = new AbortController();
    this.controller = controller;
    this.timedOut = false;
    this.liveAttempt = attempt;
    return new Promise<Response>((resolve, reject) => {
      this.interrupt = reject;
      this.attemptTimer = startWatchdog(this.timeoutMs, attemptTimedOut, this);
      this.fetchAndRead(request, controller.signal, attempt).then(resolve, reject);
    });
  }

  private async fetchAndRead(request: Request, signal: AbortSignal, attempt: number): Promise<Response> {
    const init: Record<string, unknown> = this.fetchOptions === undefined ? { signal } : { ...this.fetchOptions, signal };
    const { fetch: custom, key } = this.cfg;
    let target = request;
    if (key !== undefined && keyCovers(key, request.url)) {
      // The key, at the last moment and on this copy only (see api-key.ts); never followed elsewhere.
      const headers = new Headers(request.headers);
      headers.set("authorization", key.authorization);
      init.redirect = "manual";
      target = new Request(request, { headers, signal, redirect: "manual" });
    } else if (custom !== undefined) {
      // A custom fetch may read only `request.signal`: it gets a Request carrying the attempt's signal.
      // The platform's fetch takes the signal from `init`, which spares a copy of the Request.
      target = new Request(request, { signal });
    }
    this.inFlight = target;
    const sent: unknown = await (custom === undefined ? globalThis.fetch(target, init) : custom(target, init as RequestInit));
    if (this.liveAttempt !== attempt) {
      discard(sent);
      throw ABANDONED;
    }
    if (!isResponse(sent)) throw new TypeError(`fetch resolved with ${describe(sent)}, not a Response`);
    const bytes = await readBody(sent, this);
    if (this.liveAttempt !== attempt) throw ABANDONED;
    const nullBody = sent.status === 204 || sent.status === 304;
    return new Response(nullBody ? null : (bytes as Uint8Array<ArrayBuffer>), { status: sent.status, statusText: sent.statusText, headers: sent.headers });
  }

  private endAttempt(): void {
    if (this.attemptTimer !== undefined) clearTimeout(this.attemptTimer);
    this.attemptTimer = undefined;
    this.liveAttempt = 0;
    this.interrupt = undefined;
    this.controller = undefined;
    this.reader = undefined;
    this.inFlight = undefined;
  }

  /** Ends the attempt in flight: aborts its fetch, cancels its body, and settles its race. */
  abortAttempt(reason: LbaError): void {
    const { interrupt, reader, controller } = this;
    controller?.abort(reason);
    if (reader !== undefined) {
      try {
        reader.cancel(reason).catch(noop);
      } catch {
        // A released reader: nothing left to cancel.
      }
    }
    interrupt?.(reason);
  }

  /** The attempt timer fired. */
  timeOutAttempt(): void {
    this.attemptTimer = undefined;
    this.timedOut = true;
    this.abortAttempt(new LbaTimeoutError({ timeoutMs: this.timeoutMs, kind: "attempt", method: this.method, url: this.url }));
  }

  /** Ends the whole call now (caller's abort, deadline): the promise rejects at once. */
  stop(error: LbaError): void {
    if (this.done) return;
    this.stopped = error;
    if (this.liveAttempt !== 0 && this.cfg.observer.active()) {
      this.cfg.observer.error({ method: this.method, url: this.url, attempt: this.liveAttempt, error });
    }
    this.finish(undefined, error);
    this.abortAttempt(error);
    this.waitController?.abort(error);
  }

  /** A caller's signal aborted (this object is the listener: no closure per call). */
  handleEvent(event: Event): void {
    this.stop(this.abortError((event.target as AbortSignal | null)?.reason));
  }

  /** Deadline passed. */
  deadline(): void {
    this.deadlineTimer = undefined;
    this.stop(new LbaTimeoutError({ timeoutMs: this.deadlineMs, kind: "deadline", method: this.method, url: this.url }));
  }

  private abortError(cause: unknown): LbaAbortError {
    return new LbaAbortError({ method: this.method, url: this.url, cause });
  }

  private hookError(hook: string, cause: unknown): LbaError {
    // The hook's own message stays in `cause`: it is the user's text, which may hold anything.
    return new LbaError(`${this.method} ${this.url}: ${hook} threw, so the call was stopped (see cause)`, { cause });
  }

  private listen(signal: unknown): void {
    if (!isAbortSignal(signal) || this.done) return;
    if (signal.aborted) {
      this.stop(this.abortError(signal.reason));
      return;
    }
    signal.addEventListener("abort", this);
    (this.signals ??= []).push(signal);
  }

  /** A signal for the waits (limiter queue, backoff), made only when a call has to wait. */
  private waitSignal(): AbortSignal {
    const controller = (this.waitController ??= new AbortController());
    if (this.stopped && !controller.signal.aborted) controller.abort(this.stopped);
    return controller.signal;
  }

  private finish(response: Response | undefined, error: unknown): void {
    if (this.done) {
      if (response !== undefined) discard(response);
      return;
    }
    this.done = true;
    if (this.deadlineTimer !== undefined) clearTimeout(this.deadlineTimer);
    this.deadlineTimer = undefined;
    if (this.signals !== undefined) for (const signal of this.signals) signal.removeEventListener("abort", this);
    this.signals = undefined;
    if (response !== undefined) {
      recordAttempts(response, this.attempt);
      this.resolve(response);
      return;
    }
    const failure = error instanceof LbaError ? error : new LbaError(`${this.method} ${this.url} failed: ${describe(error)}`, { cause: error });
    failure.attempts = this.attempt;
    this.reject(failure);
  }
}

/** Thrown by work that outlived its attempt; nobody listens any more. */
const ABANDONED = new Error("abandoned attempt");

function attemptTimedOut(call: Call): void {
  call.timeOutAttempt();
}

function deadlinePassed(call: Call): void {
  call.deadline();
}

function isAbortSignal(value: unknown): value is AbortSignal {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as AbortSignal).addEventListener === "function" &&
    typeof (value as AbortSignal).removeEventListener === "function" &&
    typeof (value as AbortSignal).aborted === "boolean"
  );
}

function isResponse(value: unknown): value is Response {
  return typeof value === "object" && value !== null && typeof (value as Response).status === "number" && typeof (value as Response).headers?.get === "function";
}

/** Releases an answer nobody will read (its connection goes back to the pool or closes). */
function discard(response: unknown): void {
  try {
    const body = (response as { body?: { cancel?: () => Promise<void> } } | null)?.body;
    if (body && typeof body.cancel === "function") body.cancel().catch(noop);
  } catch {
    // Locked or already consumed: nothing to release.
  }
}

function describe(value: unknown): string {
  if (value instanceof Error) return value.message;
  if (value === null || typeof value !== "object") return String(value);
  return Object.prototype.toString.call(value);
}

function noop(): void {}

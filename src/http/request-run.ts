/*
 * One call through the stack: attempts, hooks, retries, waits, and how the call ends.
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
 *
 * Every timer of a pending call (attempt timeout, deadline, backoff, limiter wait) keeps the process
 * alive, and each is cleared when its wait ends (issue 20): a script whose only work is one call
 * ends with that call's result or error, never silently in the middle of a retry.
 *
 * The common path (no signal, first attempt succeeds) allocates one AbortController (the fetch's
 * signal), one timer, the attempt's race promise and the BufferedResponse; the Call object itself
 * is the abort listener and the timers' argument, so there are no closures per call to speak of.
 */
import { LbaAbortError } from "../errors/lba-abort-error.js";
import { LbaError } from "../errors/lba-error.js";
import { LbaNetworkError } from "../errors/lba-network-error.js";
import { LbaTimeoutError } from "../errors/lba-timeout-error.js";
import { endpointGroupOfUrl, type EndpointGroup } from "./endpoint-groups.js";
import { runAfterResponse, runBeforeRequest } from "./acting-hooks.js";
import { redactUrl } from "./redact-url.js";
import { recordAttempts } from "./response-attempts.js";
import { decideRetry, type AttemptOutcome } from "./retry.js";
import type { StartTicket } from "./rate-limiter.js";
import type { ReaderSlot } from "./read-body.js";
import type { ResolvedRequest, StackConfig } from "./stack-config.js";
import { resolveRequest } from "./stack-config.js";
import { startWatchdog } from "./start-watchdog.js";
import { bufferAnswer, discard, isResponse, prepareTransport } from "./transport.js";
import { delay } from "./delay.js";
import { isAbortSignal } from "./is-abort-signal.js";
import { noop } from "./noop.js";
import type { RequestOptions } from "./types.js";

type Timer = ReturnType<typeof setTimeout>;

/**
 * Runs one call through the stack and returns its promise, which always settles with a Response or
 * an `LbaError` carrying `attempts`, within the call's timeout, deadline and signals.
 *
 * @example
 * ```ts
 * declare const cfg: StackConfig; // resolveConfig(options), once per stack
 * const response = await startRequest(cfg, new Request("https://example.org"), { timeoutMs: 5000 });
 * ```
 */
export function startRequest(cfg: StackConfig, input: Request, options: RequestOptions | undefined): Promise<Response> {
  try {
    return new RequestRun(cfg, input, resolveRequest(cfg, options)).promise;
  } catch (error) {
    // Only odd inputs get here (not a Request): still a typed error, never a TypeError.
    return Promise.reject(new LbaError(`The request could not be sent: ${error instanceof Error ? error.message : "not a Request"}`, { cause: error }));
  }
}

/** The state of one request through the stack (all its attempts); also the abort listener (`handleEvent`) and the timers' argument. */
export class RequestRun implements ReaderSlot {
  readonly promise: Promise<Response>;
  private resolve!: (response: Response) => void;
  private reject!: (error: unknown) => void;
  readonly method: string;
  private rawUrl: string;
  private redacted: string | undefined;
  readonly group: EndpointGroup | undefined;
  /** Attempts started so far. */
  attempt = 0;
  private done = false;
  /** Why the call was stopped (caller's abort, deadline), once it was. */
  stopped: LbaError | undefined;
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
  /** The limiter's ticket of the attempt under way, until its answer (see `releaseTicket`). */
  private ticket: StartTicket | undefined;

  constructor(
    readonly cfg: StackConfig,
    private readonly input: Request,
    readonly settings: ResolvedRequest,
  ) {
    this.method = String(input.method).toUpperCase();
    this.rawUrl = input.url;
    this.group = endpointGroupOfUrl(input.url, this.method);
    this.promise = new Promise<Response>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    this.listen(cfg.signal);
    this.listen(settings.signal);
    this.listen(input.signal);
    if (!this.done) this.deadlineTimer = startWatchdog(settings.deadlineMs, deadlinePassed, this);
    this.run().then(
      (response) => this.finish(response, undefined),
      (error: unknown) => this.finish(undefined, error),
    );
  }

  /** The URL for hooks, logs and errors: redacted once, when first needed. */
  get url(): string {
    return (this.redacted ??= redactUrl(this.rawUrl));
  }

  private async run(): Promise<Response> {
    const { cfg, input } = this;
    // Buffered once so each attempt can send it again (only ever re-sent under the POST rule).
    const body = input.body === null ? undefined : await input.arrayBuffer();
    for (;;) {
      if (this.stopped) throw this.stopped;
      const { limiter } = cfg;
      if (limiter !== undefined && this.group !== undefined) {
        this.ticket = limiter.tryAcquire(this.group) ?? (await limiter.acquire(this.group, this.waitSignal()));
      }
      if (this.stopped) {
        this.releaseTicket();
        throw this.stopped;
      }
      const attempt = ++this.attempt;
      let request = body === undefined ? input : new Request(input, { body });
      const { observer } = cfg;
      let observed = false;
      const outcome: AttemptOutcome = { response: undefined, failure: undefined };
      let started = 0;
      try {
        if (typeof cfg.hooks?.beforeRequest === "function") request = await runBeforeRequest(this, request, attempt);
        if (request.url !== this.rawUrl) {
          this.rawUrl = request.url;
          this.redacted = undefined;
        }
        observed = observer.active();
        if (observed) observer.request({ method: this.method, url: this.url, attempt, group: this.group });
        started = Date.now();
        try {
          outcome.response = await this.send(request, attempt);
        } catch (error) {
          if (this.stopped) throw this.stopped;
          outcome.failure = this.timedOut
            ? { error: new LbaTimeoutError({ timeoutMs: this.settings.timeoutMs, kind: "attempt", method: this.method, url: this.url }), reason: "timeout" }
            : { error: new LbaNetworkError({ method: this.method, url: this.url, cause: error }), reason: "network" };
          if (observed) observer.error({ method: this.method, url: this.url, attempt, error: outcome.failure.error });
        }
      } finally {
        // Also when beforeRequest threw: the limiter gets its ticket back in every case.
        this.endAttempt();
      }
      if (outcome.response !== undefined) {
        if (observed) observer.response({ method: this.method, url: this.url, status: outcome.response.status, attempt, durationMs: Date.now() - started });
        if (typeof cfg.hooks?.afterResponse === "function") outcome.response = await runAfterResponse(this, outcome.response, request, attempt, Date.now() - started);
      }

      const delayMs = decideRetry(this, outcome, attempt);
      if (delayMs === undefined) {
        if (outcome.response !== undefined) return outcome.response;
        throw outcome.failure!.error;
      }
      discard(outcome.response);
      await delay(delayMs, this.waitSignal());
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
      this.attemptTimer = startWatchdog(this.settings.timeoutMs, attemptTimedOut, this);
      this.fetchAndRead(request, controller.signal, attempt).then(resolve, reject);
    });
  }

  private async fetchAndRead(request: Request, signal: AbortSignal, attempt: number): Promise<Response> {
    const custom = this.cfg.fetch;
    const { target, init } = prepareTransport(request, signal, custom, this.cfg.key, this.settings.fetchOptions);
    this.inFlight = target;
    const sent: unknown = await (custom === undefined ? globalThis.fetch(target, init) : custom(target, init));
    if (this.liveAttempt !== attempt) {
      discard(sent);
      throw ABANDONED;
    }
    if (!isResponse(sent)) throw new TypeError("fetch resolved with something that is not a Response");
    const response = await bufferAnswer(sent, this);
    if (this.liveAttempt !== attempt) throw ABANDONED;
    return response;
  }

  private endAttempt(): void {
    this.releaseTicket();
    if (this.attemptTimer !== undefined) clearTimeout(this.attemptTimer);
    this.attemptTimer = undefined;
    this.liveAttempt = 0;
    this.interrupt = undefined;
    this.controller = undefined;
    this.reader = undefined;
    this.inFlight = undefined;
  }

  /** Tells the limiter this attempt's request was answered (or will never be sent): see rate-limiter.ts. */
  private releaseTicket(): void {
    const ticket = this.ticket;
    if (ticket === undefined) return;
    this.ticket = undefined;
    this.cfg.limiter?.answered(ticket);
  }

  /** Ends the attempt in flight: aborts its fetch, cancels its body, and settles its race. */
  private abortAttempt(reason: LbaError): void {
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
    this.abortAttempt(new LbaTimeoutError({ timeoutMs: this.settings.timeoutMs, kind: "attempt", method: this.method, url: this.url }));
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

  /** The deadline passed. */
  deadline(): void {
    this.deadlineTimer = undefined;
    this.stop(new LbaTimeoutError({ timeoutMs: this.settings.deadlineMs, kind: "deadline", method: this.method, url: this.url }));
  }

  /**
   * The error of a hook (or retry callback) that threw: the call stops, not retried. The hook's own
   * message stays in `cause`: it is the user's text, which may hold anything.
   */
  hookError(hook: string, cause: unknown): LbaError {
    return new LbaError(`${this.method} ${this.url}: ${hook} threw, so the call was stopped (see cause)`, { cause });
  }

  private abortError(cause: unknown): LbaAbortError {
    return new LbaAbortError({ method: this.method, url: this.url, cause });
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
    this.releaseTicket();
    if (this.deadlineTimer !== undefined) clearTimeout(this.deadlineTimer);
    this.deadlineTimer = undefined;
    if (this.signals !== undefined) for (const signal of this.signals) signal.removeEventListener("abort", this);
    this.signals = undefined;
    if (response !== undefined) {
      recordAttempts(response, this.attempt);
      this.resolve(response);
      return;
    }
    const failure =
      error instanceof LbaError ? error : new LbaError(`${this.method} ${this.url} failed: ${error instanceof Error ? error.message : "unexpected error"}`, { cause: error });
    failure.attempts = this.attempt;
    this.reject(failure);
  }
}

/** Thrown by work that outlived its attempt; nobody listens any more. */
const ABANDONED = new Error("abandoned attempt");

function attemptTimedOut(run: RequestRun): void {
  run.timeOutAttempt();
}

function deadlinePassed(run: RequestRun): void {
  run.deadline();
}

/*
 * Why hand-written and not p-throttle / p-limit / bottleneck:
 * - p-limit caps concurrency, not starts per time window: the wrong tool for a per-second limit.
 * - p-throttle (8.x) is a fixed "limit per interval" throttle of one function: it has no notion of
 *   groups sharing one instance, cannot be paused by a 429's Retry-After, and its abort support
 *   rejects queued calls of a whole throttled function, not one waiter. We would wrap it as much as
 *   we would use it.
 * - bottleneck is ~10 kB gz: the whole SDK budget is 12 kB min+gz.
 * What is needed fits in ~100 lines: a sliding window per group (a ring of the last N start times),
 * a FIFO queue, one timer per group, abort-aware waiters, and a pause.
 */
import type { EndpointGroup, GroupLimit } from "./endpoint-groups.js";
import { DEFAULT_GROUP_LIMITS } from "./endpoint-groups.js";

/**
 * Client-side rate limiting options.
 *
 * @example
 * ```ts
 * import type { RateLimitOptions } from "labonnealternance";
 * const rateLimit: RateLimitOptions = { groups: { jobSearch: { limit: 30, intervalMs: 60_000 } }, safetyMarginMs: 100 };
 * ```
 */
export interface RateLimitOptions {
  /**
   * Per-group limits, merged over the server's ({@link DEFAULT_GROUP_LIMITS}); `false` leaves a
   * group unlimited.
   * @default DEFAULT_GROUP_LIMITS (formations 7/s, formationsParRegion 5/s, metiers 20/s; gateway jobSearch 60/min, jobOffer 120/min, jobApply 10/min; 2022 jobs, jobsEtFormations, application 5/s)
   * @example { application: { limit: 5, intervalMs: 5000 } } // newer servers
   */
  groups?: Partial<Record<EndpointGroup, GroupLimit | false>> | undefined;
  /**
   * Added to every window. The server counts requests by their arrival time, which drifts from our
   * start time by network jitter; without a margin two windows that are exactly `intervalMs` apart
   * on our side can overlap on the server's side and earn a 429.
   * @default 50
   * @example 100
   */
  safetyMarginMs?: number | undefined;
}

/**
 * What a start hands back, to be returned with {@link RateLimiter.answered} when its request got an
 * answer (or failed). Opaque.
 *
 * @example
 * ```ts
 * declare const limiter: RateLimiter;
 * const ticket = limiter.tryAcquire("formations") ?? (await limiter.acquire("formations"));
 * try { await fetch("https://example.org"); } finally { limiter.answered(ticket); }
 * ```
 */
export type StartTicket = object;

/**
 * A rate limiter, shared by every call of the stacks it was given to (see {@link createRateLimiter}).
 *
 * @example
 * ```ts
 * declare const limiter: RateLimiter;
 * const ticket = await limiter.acquire("jobSearch", AbortSignal.timeout(5000));
 * limiter.answered(ticket);
 * ```
 */
export interface RateLimiter {
  /**
   * Resolves when a request of `group` may start (and records that start), in FIFO order. Rejects
   * with `signal.reason` the moment `signal` aborts, and the waiter leaves the queue.
   * `undefined` (an unlimited route) resolves at once.
   */
  acquire(group: EndpointGroup | undefined, signal?: AbortSignal): Promise<StartTicket>;
  /**
   * Records a start of `group` and returns its ticket when one may start right now (nobody queued,
   * room in the window, no pause); returns `undefined` and records nothing otherwise. The
   * synchronous fast path of {@link RateLimiter.acquire}: no promise when the group has room.
   */
  tryAcquire(group: EndpointGroup | undefined): StartTicket | undefined;
  /**
   * The request of this start got its answer, or failed: the server has counted it by now. Call it
   * once per ticket (later calls are ignored).
   */
  answered(ticket: StartTicket): void;
  /** Holds every start of `group` for `ms` (the server answered 429 with a Retry-After). */
  pause(group: EndpointGroup | undefined, ms: number): void;
}

interface Waiter {
  resolve(ticket: StartTicket): void;
  reject(reason: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/**
 * One of the first starts after the group was idle. Its request may open a new connection (TCP,
 * TLS), so it may reach the server later than it left: it counts as started at `t`, its start
 * time until its answer comes back, then the time of that answer (by which the server has surely
 * counted it), at most one window after the start.
 */
interface Head {
  t: number;
  answered: boolean;
  state: GroupState;
}

interface GroupState {
  limit: number;
  windowMs: number;
  /** Start times of the other requests still inside the window, oldest first. */
  starts: number[];
  /** Heads still inside the window (see {@link Head}). */
  heads: Head[];
  /** How many of the next starts are heads. */
  headsLeft: number;
  /** When the latest start happened. */
  lastStartAt: number | undefined;
  queue: Waiter[];
  timer: ReturnType<typeof setTimeout> | undefined;
  pausedUntil: number;
}

/**
 * Heads per burst, at most: as many connections as a burst opens at once in practice (fan-out
 * concurrency is 8 by default), and few enough that checking them on each start costs nothing.
 */
const MAX_HEADS = 32;

/** The ticket of every start that is not a head (nothing to do when it is answered). */
const STARTED: StartTicket = Object.freeze({});

/**
 * A sliding-window limiter per endpoint group: at most `limit` starts in any window of
 * `intervalMs + safetyMarginMs`. Waiters are served first in, first out; retries go through it too.
 *
 * Its wait timer is not unref'd: while a call waits here, that wait is the call's pending work.
 * The timer is cleared as soon as the queue empties.
 *
 * The server counts arrivals, and the first requests of a burst (after the group was idle) may
 * arrive late: they open connections (TCP, TLS), and in a busy process their sending waits behind
 * other work. Were the next window measured from their departure, the next burst, on warm
 * connections, could reach the server less than a window after them and earn a 429. So the first
 * `min(limit, 32)` starts after an idle period (no start for two windows) are moved, when their answer comes back (`answered`), to
 * that moment (at most one window after they left): a one-time cost of one round trip per burst,
 * none in steady state.
 *
 * One limiter is one budget: hand the same instance to several stacks (`HttpOptions.rateLimiter`)
 * and their calls count together, as the server counts them (per IP for La Bonne Alternance, per
 * key on the gateway: share a limiter only between clients using the same key).
 *
 * @example
 * ```ts
 * const limiter = createRateLimiter({ groups: { formations: { limit: 5, intervalMs: 1000 } } });
 * const ticket = await limiter.acquire("formations"); // at once for the first 5 in any 1.05 s, then in turn
 * limiter.answered(ticket);                            // its answer came back
 * limiter.tryAcquire("metiers");                       // a ticket: room in the window, start recorded
 * ```
 */
export function createRateLimiter(options: RateLimitOptions = {}, now: () => number = defaultNow): RateLimiter {
  const opts: RateLimitOptions = typeof options === "object" && options !== null ? options : {};
  const margin = typeof opts.safetyMarginMs === "number" && opts.safetyMarginMs >= 0 ? opts.safetyMarginMs : 50;
  const states = new Map<EndpointGroup, GroupState>();
  const limits: Partial<Record<EndpointGroup, GroupLimit | false>> = { ...DEFAULT_GROUP_LIMITS, ...(typeof opts.groups === "object" ? opts.groups : {}) };
  for (const [group, limit] of Object.entries(limits) as [EndpointGroup, GroupLimit | false | undefined][]) {
    if (typeof limit !== "object" || limit === null) continue;
    // A limit that is not a count per positive window keeps the server's own (never unlimited by accident).
    const fallback = DEFAULT_GROUP_LIMITS[group] as GroupLimit | undefined;
    const count = Number.isInteger(limit.limit) && limit.limit > 0 ? limit.limit : fallback?.limit;
    const intervalMs = typeof limit.intervalMs === "number" && limit.intervalMs > 0 && Number.isFinite(limit.intervalMs) ? limit.intervalMs : fallback?.intervalMs;
    if (count === undefined || intervalMs === undefined) continue;
    states.set(group, { limit: count, windowMs: intervalMs + margin, starts: [], heads: [], headsLeft: 0, lastStartAt: undefined, queue: [], timer: undefined, pausedUntil: 0 });
  }

  /** Records a start and returns its ticket when one may start right now (nobody queued, room, no pause). */
  function startNow(state: GroupState): StartTicket | undefined {
    if (state.queue.length > 0) return undefined;
    const at = now();
    return waitBeforeNextStart(state, at) > 0 ? undefined : recordStart(state, at);
  }

  function pump(state: GroupState): void {
    if (state.timer !== undefined) {
      clearTimeout(state.timer);
      state.timer = undefined;
    }
    while (state.queue.length > 0) {
      const wait = waitBeforeNextStart(state, now());
      if (wait > 0) {
        state.timer = setTimeout(() => {
          state.timer = undefined;
          pump(state);
        }, Math.ceil(wait));
        return;
      }
      const waiter = state.queue.shift() as Waiter;
      const ticket = recordStart(state, now());
      if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
      waiter.resolve(ticket);
    }
  }

  return {
    tryAcquire(group) {
      const state = group === undefined ? undefined : states.get(group);
      return state ? startNow(state) : STARTED;
    },
    acquire(group, signal) {
      const state = group === undefined ? undefined : states.get(group);
      if (!state) return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve(STARTED);
      if (signal?.aborted) return Promise.reject(signal.reason);
      // Fast path: nobody queued and room in the window.
      const ticket = startNow(state);
      if (ticket) return Promise.resolve(ticket);
      return new Promise<StartTicket>((resolve, reject) => {
        const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
        if (signal) {
          waiter.onAbort = () => {
            const index = state.queue.indexOf(waiter);
            if (index !== -1) state.queue.splice(index, 1);
            if (state.queue.length === 0 && state.timer !== undefined) {
              clearTimeout(state.timer);
              state.timer = undefined;
            }
            reject(signal.reason);
          };
          signal.addEventListener("abort", waiter.onAbort, { once: true });
        }
        state.queue.push(waiter);
        if (state.queue.length === 1) pump(state);
      });
    },
    answered(ticket) {
      const head = ticket as Partial<Head>;
      if (head.state === undefined || head.answered !== false) return;
      head.answered = true;
      const start = head.t as number;
      head.t = Math.max(start, Math.min(now(), start + head.state.windowMs));
      if (head.state.queue.length > 0) pump(head.state);
    },
    pause(group, ms) {
      const state = group === undefined ? undefined : states.get(group);
      if (!state || !(ms > 0)) return;
      state.pausedUntil = Math.max(state.pausedUntil, now() + ms);
      if (state.queue.length > 0) pump(state);
    },
  };
}

/** Milliseconds until the next start is allowed (0 or less: now). */
function waitBeforeNextStart(state: GroupState, at: number): number {
  if (at < state.pausedUntil) return state.pausedUntil - at;
  const { starts, heads, windowMs, limit } = state;
  // Forget what left the window (starts are in time order; heads are few).
  while (starts.length > 0 && (starts[0] as number) + windowMs <= at) starts.shift();
  if (heads.length > 0) state.heads = heads.filter((h) => h.t + windowMs > at);
  const busy = starts.length + state.heads.length;
  if (busy < limit) return 0;
  // `busy - limit + 1` of them must leave the window first.
  const times = state.heads.length === 0 ? starts : [...starts, ...state.heads.map((h) => h.t)].sort((x, y) => x - y);
  return (times[busy - limit] as number) + windowMs - at;
}

function recordStart(state: GroupState, at: number): StartTicket {
  // Idle for two windows (or never used): a new burst, whose first starts are heads. A shorter gap
  // is steady state, on connections still open.
  if (state.lastStartAt === undefined || at - state.lastStartAt >= 2 * state.windowMs) state.headsLeft = Math.min(state.limit, MAX_HEADS);
  state.lastStartAt = at;
  if (state.headsLeft > 0) {
    state.headsLeft--;
    const head: Head = { t: at, answered: false, state };
    state.heads.push(head);
    return head;
  }
  state.starts.push(at);
  return STARTED;
}

function defaultNow(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

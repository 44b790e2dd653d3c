/*
 * The rate limiter on Redis: one sliding window per API key and endpoint group, shared by every
 * process (scripts.ts holds the rules, run atomically in Redis on Redis's clock).
 *
 * In a process, waiters of a group queue first in, first out, and only the first one asks Redis:
 * the process is one waiter in Redis's queue, served in turn with the other processes (none
 * starves), and it asks again when its turn should come (at most every POLL_MS: that is also how it
 * proves it is alive; a killed process loses its place GRACE_MS after it should have come back).
 *
 * When Redis does not answer (not connected, an error, no answer within `timeoutMs`), the limiter
 * either goes on alone (`onUnavailable: "local"`): once every start it last saw in the shared window
 * has left it, keeping to this process's share of the budget,
 * or refuses the call (`"fail"`); it tries Redis again RETRY_MS later, and reports both through the
 * client's `hooks.onStore` and `debug`. Every wait is abortable: a call's deadline or signal ends its
 * wait here at once, whatever Redis does.
 */
import { randomBytes } from "node:crypto";
import type { StoreLimiterOptions } from "../core/store.js";
import { LbaError } from "../errors/index.js";
import type { EndpointGroup, RateLimiter, StartTicket } from "../http/index.js";
import { bounded } from "./bounded.js";
import { prune, shareWait, type OwnStart } from "./local-share.js";
import type { RedisLink } from "./redis-link.js";
import { ANSWERED, LEAVE, PAUSE, RESTORE, TAKE } from "./scripts.js";

/** Longest wait between two questions to Redis while waiting. */
const POLL_MS = 100;
/** How late a waiter may come back before it loses its place in Redis's queue. */
const GRACE_MS = 150;
/** After a failure, how long the limiter goes without Redis before trying it again. */
const RETRY_MS = 250;
/**
 * After Redis lost its data, nobody starts for this long (every process still waiting tries Redis
 * again meanwhile, sees the loss and puts its recent starts back), nor until every process that had
 * starts in the window has; one that never does (killed, idle, slow) holds the others for one whole
 * window: by then every start the restore missed has left it, so no 429 follows a data loss.
 */
const RESTART_HOLD_MS = 3 * RETRY_MS;

/** How the Redis limiter was configured (createRedisStore's options, checked). */
export interface RedisLimiterConfig {
  link: RedisLink;
  prefix: string;
  /** Names the budget: a digest of the API key, or "nokey". */
  scope: string;
  timeoutMs: number;
  onUnavailable: "local" | "fail";
}

interface Waiter {
  resolve(ticket: StartTicket): void;
  reject(reason: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

interface Group {
  name: EndpointGroup;
  limit: number;
  windowMs: number;
  keys: string[];
  queue: Waiter[];
  running: boolean;
  wake: (() => void) | undefined;
  own: OwnStart[];
  pausedUntil: number;
  epoch: string;
  peers: number;
  /** Redis's clock minus this process's, in ms, from the last answer (to put starts back). */
  offsetMs: number;
  /** This process may be in Redis's queue (to leave it when nobody waits here any more). */
  queued: boolean;
  /** When every start Redis last showed has left the window (this process's clock). */
  clearAt: number;
  /** Processes with starts in the window at the last answer, and when that was. */
  takers: number;
  seenAt: number;
}

type Ticket = OwnStart & { group: Group };
type Step = { tickets: Ticket[] } | { waitMs: number } | { error: LbaError };

/** The ticket of a route no limit applies to. */
const STARTED: StartTicket = Object.freeze({});

/**
 * A {@link RateLimiter} whose windows live in Redis.
 *
 * @example
 * ```ts
 * declare const link: RedisLink;
 * const limiter = createRedisLimiter({ link, prefix: "lba", scope: "nokey", timeoutMs: 250, onUnavailable: "local" },
 *   { groups: { jobSearch: { limit: 60, intervalMs: 60_000 } }, safetyMarginMs: 50, apiKey: undefined, report: console.warn });
 * const ticket = await limiter.acquire("jobSearch");
 * limiter.answered(ticket);
 * ```
 */
export function createRedisLimiter(config: RedisLimiterConfig, options: StoreLimiterOptions): RateLimiter {
  const { link, timeoutMs } = config;
  const me = randomBytes(6).toString("hex");
  let counter = 0;
  let down = false;
  let retryAt = 0;
  const groups = new Map<EndpointGroup, Group>();
  for (const [name, limit] of Object.entries(options.groups) as [EndpointGroup, { limit: number; intervalMs: number }][]) {
    const base = `${config.prefix}:{${config.scope}:${name}}`;
    const keys = ["w", "q", "l", "p", "e", "n", "c", "r", "t"].map((k) => `${base}:${k}`);
    groups.set(name, { name, limit: limit.limit, windowMs: limit.intervalMs + options.safetyMarginMs, keys, queue: [], running: false, wake: undefined, own: [], pausedUntil: 0, epoch: "", peers: 1, offsetMs: 0, queued: false, clearAt: 0, takers: 0, seenAt: -Infinity });
  }

  const report = (kind: "fallback" | "failed" | "recovered" | "restored", detail: string, error?: unknown): void => {
    try {
      options.report({ store: "redis", part: "rateLimit", kind, detail, ...(error === undefined ? {} : { error }) });
    } catch {
      // A report must not change a call.
    }
  };
  const wentDown = (error: unknown): void => {
    retryAt = now() + RETRY_MS;
    if (down) return;
    down = true;
    const why = error instanceof Error ? error.message : "not connected";
    if (config.onUnavailable === "fail") report("failed", `Redis unavailable (${why}): calls are refused until it answers (onUnavailable: "fail")`, error);
    else report("fallback", `Redis unavailable (${why}): this process keeps to its share of each budget until Redis answers`, error);
  };
  const unavailable = (): LbaError => new LbaError(`The rate limiter's Redis store is unavailable, so the call was not sent (onUnavailable: "fail"); it is tried again every ${RETRY_MS} ms`);
  /** Redis may be asked now: not known to be down, or time to try again, and connected. */
  const redisUsable = (): boolean => {
    if (down && now() < retryAt) return false;
    if (link.ready()) return true;
    wentDown(new Error("the client is not connected"));
    return false;
  };

  async function step(g: Group): Promise<Step> {
    if (redisUsable()) {
      const id = `${me}.${++counter}`;
      const sent = now();
      try {
        const args = [id, me, String(g.limit), String(g.windowMs * 1000), String(POLL_MS * 1000), String(GRACE_MS * 1000), g.epoch, id, String(Math.round(restartHold(g, sent) * 1000)), String(Math.max(2 * g.windowMs, 10_000) * 1000), String(Math.max(1, g.queue.length)), String(restartExpects(g, sent)), String(RESTART_HOLD_MS * 1000), String(answerExpiry(g, sent))];
        const reply: unknown = await bounded(link.script(TAKE, g.keys, args), timeoutMs);
        if (!Array.isArray(reply) || reply.length !== 7) throw new Error("unexpected answer to the limiter's script");
        const [granted, waitUs, nowUs, epoch, peers, clearUs, takers] = reply.map((v) => (typeof v === "number" ? v : String(v))) as (number | string)[];
        const received = now();
        g.clearAt = received + Number(clearUs) / 1000;
        g.offsetMs = Number(nowUs) / 1000 - (sent + received) / 2;
        g.peers = Math.max(1, Number(peers) || 1);
        g.takers = Number(takers) || 0;
        g.seenAt = received;
        if (down) {
          down = false;
          report("recovered", "Redis answers again: the budgets are shared again");
        }
        const lost = g.epoch !== "" && String(epoch) !== g.epoch;
        if (lost || g.own.some((start) => !start.shared)) await putBack(g, lost);
        g.epoch = String(epoch);
        const started = Number(granted);
        if (started > 0) {
          g.queued = false;
          return { tickets: Array.from({ length: started }, (_, i) => remember(g, `${id}.${i + 1}`, received, true)) };
        }
        g.queued = true;
        return { waitMs: Number(waitUs) / 1000 };
      } catch (error) {
        wentDown(error);
      }
    }
    if (config.onUnavailable === "fail") return { error: unavailable() };
    const at = now();
    g.own = prune(g.own, g.windowMs, at);
    // Alone, a process first lets every start it last saw in the window leave it (the others' too),
    // then keeps to its share: together the processes stay within the budget.
    const holdUntil = Math.max(g.pausedUntil, g.clearAt);
    const wait = at < holdUntil ? holdUntil - at : shareWait(g.own, g.limit, g.peers, g.windowMs, at);
    if (wait <= 0) return { tickets: [remember(g, `${me}.${++counter}`, at, false)] };
    return { waitMs: Math.min(wait, Math.max(POLL_MS, retryAt - at)) };
  }

  /**
   * Should this call find that Redis lost its data, the processes the others wait for before they
   * start: the ones that had starts in the window at the last answer, if that is less than a window
   * old; otherwise every process Redis counted. (One that started since and still waits comes back
   * within RESTART_HOLD_MS and puts its starts back too.)
   */
  function restartExpects(g: Group, at: number): number {
    return at - g.seenAt <= g.windowMs ? g.takers : g.peers;
  }

  /**
   * Redis's time (µs) after which this process may have stopped waiting for the answer: half the
   * timeout after it was sent, leaving the other half for the way back. 0 before the first answer
   * (Redis's clock is not known yet).
   */
  function answerExpiry(g: Group, sent: number): number {
    return g.seenAt === -Infinity ? 0 : Math.round((sent + timeoutMs / 2 + g.offsetMs) * 1000);
  }

  /** The longest hold after a data loss: until every start of the last answer's window has left it. */
  function restartHold(g: Group, at: number): number {
    const clear = at - g.seenAt <= g.windowMs ? Math.min(g.windowMs, g.clearAt - at) : g.windowMs;
    return Math.max(RESTART_HOLD_MS, clear);
  }

  function remember(g: Group, id: string, at: number, shared: boolean): Ticket {
    const start = { id, at: at + g.windowMs, answered: false, shared, group: g };
    g.own = prune(g.own, g.windowMs, at);
    g.own.push(start);
    return start;
  }

  /**
   * Puts this process's starts still in the window into Redis's: all of them when Redis lost the
   * window (a restart), else the ones it made alone while Redis was away (the others must count
   * them too). They are shared from then on: their answers are told to Redis.
   */
  async function putBack(g: Group, lost: boolean): Promise<void> {
    g.own = prune(g.own, g.windowMs, now());
    const starts = lost ? g.own : g.own.filter((start) => !start.shared);
    const args = [String(g.windowMs * 1000), me];
    for (const s of starts) args.push(s.id, String(Math.round((s.at + g.offsetMs) * 1000)));
    try {
      await bounded(link.script(RESTORE, [g.keys[0]!, g.keys[7]!], args), timeoutMs);
      for (const s of starts) s.shared = true;
      if (lost) report("restored", `Redis had lost the ${g.name} window (a restart?): this process put back its ${starts.length} recent starts`);
    } catch (error) {
      wentDown(error);
    }
  }

  async function serve(g: Group): Promise<void> {
    g.running = true;
    try {
      while (g.queue.length > 0) {
        const next = await step(g);
        if ("error" in next) {
          for (const waiter of g.queue.splice(0)) settle(waiter).reject(next.error);
        } else if ("tickets" in next) {
          // Starts nobody is left to take (they gave up meanwhile) stay counted, unused.
          for (const ticket of next.tickets) {
            const waiter = g.queue.shift();
            if (waiter) settle(waiter).resolve(ticket);
          }
        } else if (g.queue.length > 0) {
          await new Promise<void>((resolve) => {
            const timer = setTimeout(() => {
              g.wake = undefined;
              resolve();
            }, Math.max(1, Math.ceil(next.waitMs)));
            g.wake = () => {
              clearTimeout(timer);
              g.wake = undefined;
              resolve();
            };
          });
        }
      }
    } finally {
      g.running = false;
      if (g.queued && !down) {
        g.queued = false;
        bounded(link.script(LEAVE, [g.keys[1]!, g.keys[2]!], [me], true), timeoutMs).catch(() => undefined);
      }
    }
  }

  function settle(waiter: Waiter): Waiter {
    if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
    return waiter;
  }

  return {
    tryAcquire(group) {
      // A start on Redis is never synchronous; unlimited routes start at once.
      return group !== undefined && groups.has(group) ? undefined : STARTED;
    },
    acquire(group, signal) {
      const g = group === undefined ? undefined : groups.get(group);
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (!g) return Promise.resolve(STARTED);
      return new Promise<StartTicket>((resolve, reject) => {
        const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
        if (signal) {
          waiter.onAbort = () => {
            const index = g.queue.indexOf(waiter);
            if (index !== -1) g.queue.splice(index, 1);
            if (g.queue.length === 0) g.wake?.();
            reject(signal.reason);
          };
          signal.addEventListener("abort", waiter.onAbort, { once: true });
        }
        g.queue.push(waiter);
        if (!g.running) void serve(g);
      });
    },
    answered(ticket) {
      const start = ticket as Partial<OwnStart & { group: Group }>;
      if (start.group === undefined || start.answered !== false) return;
      start.answered = true;
      const g = start.group;
      start.at = Math.min(start.at!, now());
      // Sent even while Redis seems away: a client that queues commands delivers it when Redis is
      // back, else the start would count one window longer there.
      if (start.shared) bounded(link.script(ANSWERED, [g.keys[0]!], [start.id!], true), timeoutMs).catch(() => undefined);
    },
    pause(group, ms) {
      const g = group === undefined ? undefined : groups.get(group);
      if (!g || !(ms > 0)) return;
      g.pausedUntil = Math.max(g.pausedUntil, now() + ms);
      if (!down) bounded(link.script(PAUSE, [g.keys[3]!], [String(Math.ceil(ms * 1000))], true), timeoutMs).catch(() => undefined);
    },
  };
}

function now(): number {
  return performance.now();
}

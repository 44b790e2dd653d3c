/*
 * The Lua scripts of the Redis limiter. Each runs atomically in Redis and reads Redis's clock
 * (TIME), never a host's: processes on hosts with skewed clocks share one timeline. Times are in
 * microseconds (exact in Lua's doubles for centuries); waits come back as integers.
 *
 * Keys of one group (one API key, one endpoint group), all under one hash tag so a Redis Cluster
 * keeps them on one node:
 *   KEYS[1] window  sorted set: start id -> the time it counts from (the sliding window). A start
 *                   counts from its answer (by then the server has surely counted it); while its
 *                   request is in flight it counts as if answered one window after it left, so a
 *                   slow request never leaves the window before the server has seen it.
 *   KEYS[2] queue   sorted set: process id -> arrival number (first in, first out across processes)
 *   KEYS[3] lease   sorted set: process id -> time by which it must ask again, or lose its place
 *   KEYS[4] pause   string: time until which nobody starts (a 429's Retry-After)
 *   KEYS[5] epoch   string: an id made when the group's keys were first written; a missing epoch
 *                   that a process remembers means Redis lost its data (a restart)
 *   KEYS[6] peers   sorted set: process id -> last time it asked (the processes sharing the budget)
 *   KEYS[7] counter string: the queue's arrival numbers
 *   KEYS[8] restart hash: after a data loss, `till` (the longest hold), `soonest` (the shortest),
 *                   `expected` (the processes that had starts in the window before it) and one
 *                   `p:<process id>` field per process that has put its starts back; the hold ends at
 *                   `soonest` if all have by then, when the last does after it, or at `till`
 *   KEYS[9] takers  sorted set: process id -> when its latest start counts from (the processes that
 *                   may have starts in the window: the ones a restart waits for)
 */

/**
 * take: up to `wanted` starts of this process (its waiters, asked for in one round trip), now or not.
 * A process at the head of the queue (or alone) takes what the window has free; one further back
 * takes only what is left after one start for each process ahead of it.
 * ARGV: start id prefix, process id, limit, window, poll, grace, epoch known ("" if none), new epoch
 * id, restart pause, peer horizon, wanted, processes with starts in the window as this one last saw (for a restart), shortest
 * restart hold, the time after which the process no longer waits for this answer (0: unknown).
 * A script that runs after it (a slow or paused Redis) grants nothing: the starts would be counted
 * with nobody to use or answer them.
 * Returns { started, wait, now, epoch, peers, clear, takers }: started > 0 = that many starts, ids `prefix.1`
 * to `prefix.started`; 0 = wait that long (at most `poll`) and ask again; clear = how long until
 * every start now in the window has left it; takers = processes with starts in it.
 */
export const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
-- How long until every start now in the window has left it (a process that loses Redis waits
-- that long before it starts alone: it cannot know what the others start meanwhile).
local function clear(latest)
  local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
  local at = latest
  if last[2] and tonumber(last[2]) > at then at = tonumber(last[2]) end
  if at == 0 then return 0 end
  return math.max(0, math.floor(at + tonumber(ARGV[4]) - now))
end
local limit, win, poll, grace = tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local me = ARGV[2]
local epoch = redis.call('GET', KEYS[5])
if not epoch then
  epoch = ARGV[8]
  redis.call('SET', KEYS[5], epoch)
  if ARGV[7] ~= '' then
    -- Redis lost the window while processes were running: nobody starts until they have put back
    -- the starts they remember (each does when it sees the new epoch), or one window has passed.
    local hold = tonumber(ARGV[9])
    redis.call('DEL', KEYS[8])
    redis.call('HSET', KEYS[8], 'till', now + hold, 'soonest', now + tonumber(ARGV[13]), 'expected', ARGV[12])
    redis.call('PEXPIRE', KEYS[8], math.ceil(hold / 1000))
  end
end
redis.call('ZADD', KEYS[6], now, me)
redis.call('ZREMRANGEBYSCORE', KEYS[6], '-inf', now - tonumber(ARGV[10]))
redis.call('PEXPIRE', KEYS[6], math.ceil(tonumber(ARGV[10]) / 1000))
local peers = redis.call('ZCARD', KEYS[6])
redis.call('ZREMRANGEBYSCORE', KEYS[9], '-inf', now - tonumber(ARGV[4]))
-- Waiters that did not come back in time (a killed process) leave the queue.
for _, gone in ipairs(redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', now)) do
  redis.call('ZREM', KEYS[2], gone)
  redis.call('ZREM', KEYS[3], gone)
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - win)
local busy = redis.call('ZCARD', KEYS[1])
local free = limit - busy
local paused = tonumber(redis.call('GET', KEYS[4]) or '0')
local restart = redis.call('HMGET', KEYS[8], 'till', 'soonest', 'expected')
if restart[1] then
  local till = tonumber(restart[1])
  if redis.call('HLEN', KEYS[8]) - 3 >= tonumber(restart[3]) then till = math.min(till, tonumber(restart[2])) end
  if till > paused then paused = till end
end
local rank = redis.call('ZRANK', KEYS[2], me)
local queued = redis.call('ZCARD', KEYS[2])
local allowed = 0
local late = tonumber(ARGV[14]) > 0 and now > tonumber(ARGV[14])
if now >= paused and free > 0 and not late then
  if rank then allowed = free - rank elseif queued == 0 then allowed = free end
end
if allowed > 0 then
  local n = math.min(allowed, tonumber(ARGV[11]))
  for i = 1, n do redis.call('ZADD', KEYS[1], now + win, ARGV[1] .. '.' .. i) end
  redis.call('PEXPIRE', KEYS[1], math.ceil(2 * win / 1000) + 1000)
  redis.call('ZADD', KEYS[9], now + win, me)
  redis.call('PEXPIRE', KEYS[9], math.ceil(2 * win / 1000) + 1000)
  if rank then
    redis.call('ZREM', KEYS[2], me)
    redis.call('ZREM', KEYS[3], me)
  end
  return { n, 0, now, epoch, peers, clear(now + win), redis.call('ZCARD', KEYS[9]) }
end
if not rank then
  redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[7]), me)
  rank = queued
end
local wait
if now < paused then
  wait = paused - now
else
  -- This waiter's start is possible once busy - limit + rank + 1 starts have left the window.
  local k = busy - limit + rank
  if k < 0 then
    wait = 2000
  else
    local oldest = redis.call('ZRANGE', KEYS[1], k, k, 'WITHSCORES')
    wait = tonumber(oldest[2]) + win - now
  end
end
if wait < 1000 then wait = 1000 end
if wait > poll then wait = poll end
redis.call('ZADD', KEYS[3], now + wait + grace, me)
redis.call('PEXPIRE', KEYS[2], 60000)
redis.call('PEXPIRE', KEYS[3], 60000)
redis.call('PEXPIRE', KEYS[7], 60000)
return { 0, math.floor(wait), now, epoch, peers, clear(0), redis.call('ZCARD', KEYS[9]) }
`;

/**
 * answered: the request of a start got its answer, so the server has counted it by now: the start
 * counts from this moment (never later than it was counting from while in flight).
 * KEYS[1] window. ARGV: start id.
 */
export const ANSWERED = `
local at = redis.call('ZSCORE', KEYS[1], ARGV[1])
if not at then return 0 end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
if now < tonumber(at) then redis.call('ZADD', KEYS[1], now, ARGV[1]) end
return 1
`;

/**
 * pause: a 429's Retry-After holds every process. KEYS[1] pause. ARGV: duration.
 */
export const PAUSE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local till = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if till > current then redis.call('SET', KEYS[1], till, 'PX', math.ceil(tonumber(ARGV[1]) / 1000)) end
return 1
`;

/**
 * restore: after Redis lost its data, a process puts back the starts it remembers (still inside the
 * window) and says it has. KEYS[1] window, KEYS[2] restart hash. ARGV: window, process id, then
 * start id and counting time pairs (Redis's clock, as estimated by this process from its last answer).
 */
export const RESTORE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local win = tonumber(ARGV[1])
local n = 0
if redis.call('EXISTS', KEYS[2]) == 1 then redis.call('HSET', KEYS[2], 'p:' .. ARGV[2], 1) end
for i = 3, #ARGV, 2 do
  local at = tonumber(ARGV[i + 1])
  if at > now - win then
    redis.call('ZADD', KEYS[1], math.min(at, now + win), ARGV[i])
    n = n + 1
  end
end
if n > 0 then redis.call('PEXPIRE', KEYS[1], math.ceil(2 * win / 1000) + 1000) end
return n
`;

/** leave: this process has nobody waiting any more. KEYS[1] queue, KEYS[2] lease. ARGV: process id. */
export const LEAVE = `
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1
`;

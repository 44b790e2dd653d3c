// `labonnealternance/redis`: the limiter and the lookup cache shared by several processes through
// Redis (README "Several processes, one key"). Node only; never imported by the main entry.
export { createRedisStore, type RedisStoreOptions } from "./create-redis-store.js";
export type { LbaStore, StoreCache, StoreLimiterOptions } from "../core/store.js";
export type { StoreEvent } from "../http/index.js";

/*
 * The two Redis clients the store accepts, behind one small interface: node-redis v4/v5
 * (`sendCommand`) and ioredis (`call`). Neither package is imported: the user hands a client over.
 * Scripts run by EVALSHA, loaded again with EVAL when Redis answers NOSCRIPT (after a restart).
 */
import { createHash } from "node:crypto";

/**
 * One Redis connection as the store uses it.
 *
 * @example
 * ```ts
 * declare const link: RedisLink;
 * if (link.ready()) await link.send(["GET", "lba:cache:x"]);
 * ```
 */
export interface RedisLink {
  readonly kind: "redis" | "ioredis";
  /** False while the client is not connected (never connected, or reconnecting): don't wait for it. */
  ready(): boolean;
  send(args: string[]): Promise<unknown>;
  /**
   * Runs a Lua script (EVALSHA, then EVAL when Redis does not know it). `oneCommand`: EVAL at once,
   * for a script nobody waits for (an answer told, a pause): a second command sent after NOSCRIPT
   * could come after the user closed the client, and be lost.
   */
  script(source: string, keys: string[], args: string[], oneCommand?: boolean): Promise<unknown>;
}

interface NodeRedisLike {
  sendCommand(args: string[]): Promise<unknown>;
  isOpen: boolean;
  isReady?: boolean;
}

interface IoRedisLike {
  call(command: string, ...args: string[]): Promise<unknown>;
  status: string;
  evalsha: unknown;
}

/**
 * The link over a node-redis v4/v5 or ioredis client, or `undefined` for anything else (a node-redis
 * v3 client, another library, a URL string).
 *
 * @example
 * ```ts
 * declare const client: unknown; // createClient() of redis, or new Redis() of ioredis
 * const link = redisLink(client); // kind "redis" or "ioredis"; undefined for anything else
 * ```
 */
export function redisLink(client: unknown): RedisLink | undefined {
  if (typeof client !== "object" || client === null) return undefined;
  const nodeRedis = client as NodeRedisLike;
  if (typeof nodeRedis.sendCommand === "function" && typeof nodeRedis.isOpen === "boolean") {
    return withScripts("redis", () => (typeof nodeRedis.isReady === "boolean" ? nodeRedis.isReady : nodeRedis.isOpen), (args) => nodeRedis.sendCommand(args));
  }
  const ioredis = client as IoRedisLike;
  if (typeof ioredis.call === "function" && typeof ioredis.status === "string" && typeof ioredis.evalsha === "function") {
    return withScripts("ioredis", () => ioredis.status === "ready", (args) => ioredis.call(args[0]!, ...args.slice(1)));
  }
  return undefined;
}

function withScripts(kind: RedisLink["kind"], ready: () => boolean, send: (args: string[]) => Promise<unknown>): RedisLink {
  const shas = new Map<string, string>();
  return {
    kind,
    ready,
    send,
    async script(source, keys, args, oneCommand = false) {
      if (oneCommand) return send(["EVAL", source, String(keys.length), ...keys, ...args]);
      let sha = shas.get(source);
      if (sha === undefined) shas.set(source, (sha = createHash("sha1").update(source).digest("hex")));
      try {
        return await send(["EVALSHA", sha, String(keys.length), ...keys, ...args]);
      } catch (error) {
        if (!String((error as Error | undefined)?.message).includes("NOSCRIPT")) throw error;
        return send(["EVAL", source, String(keys.length), ...keys, ...args]);
      }
    },
  };
}

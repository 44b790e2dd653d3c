/** Clients of both kinds for the Redis suite, connected (or not) to a test redis-server. */
import { Redis } from "ioredis";
import { createClient } from "redis";

export type ClientKind = "redis" | "ioredis";
export const CLIENT_KINDS: ClientKind[] = ["redis", "ioredis"];

/** A client of `kind`, connected and ready; `close()` ends it. */
export async function connect(kind: ClientKind, url: string): Promise<{ client: unknown; send(args: string[]): Promise<unknown>; close(): void }> {
  if (kind === "redis") {
    const client = await createClient({ url, socket: { reconnectStrategy: () => 50 } }).on("error", () => undefined).connect();
    return { client, send: (args) => client.sendCommand(args), close: () => client.destroy() };
  }
  const client = new Redis(url, { retryStrategy: () => 50, maxRetriesPerRequest: 1 });
  client.on("error", () => undefined);
  await new Promise<void>((resolve) => (client.status === "ready" ? resolve() : client.once("ready", () => resolve())));
  return { client, send: (args) => client.call(args[0]!, ...args.slice(1)), close: () => client.disconnect() };
}

/** A client of `kind` that never connects (nothing listens on `port`). */
export function unreachable(kind: ClientKind, port: number): { client: unknown; close(): void } {
  if (kind === "redis") {
    const client = createClient({ url: `redis://127.0.0.1:${port}`, socket: { reconnectStrategy: () => 100 } }).on("error", () => undefined);
    client.connect().catch(() => undefined);
    return { client, close: () => client.destroy() };
  }
  const client = new Redis(port, "127.0.0.1", { retryStrategy: () => 100, maxRetriesPerRequest: 0 });
  client.on("error", () => undefined);
  return { client, close: () => client.disconnect() };
}

/*
 * A real Redis for the tests (issue 18): Debian's `redis-server`, started on a free loopback port
 * with a temporary folder and no persistence, stopped after. `.ci/run` installs it when missing;
 * without it the Redis suite is skipped and says so (test/support/redis-global-setup.ts), and under
 * CI (`CI=true`) the run fails instead.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";

/**
 * Where `redis-server` is, or `undefined` when it is not installed. `LBA_REDIS_SERVER` names
 * another binary, or `off` to run as on a machine without one (to see what the run says then).
 */
export function redisServerPath(): string | undefined {
  const forced = process.env.LBA_REDIS_SERVER;
  if (forced === "off") return undefined;
  if (forced !== undefined && forced !== "") return forced;
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/bin", "/usr/sbin", "/usr/local/bin"];
  for (const dir of dirs) {
    if (dir === "") continue;
    const path = join(dir, "redis-server");
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/** How to enable the suite, printed when it cannot run. */
export const REDIS_HINT = "install Debian's redis-server (`sudo apt-get install -y redis-server`; .ci/run does it) and run the tests again";

/** A running redis-server. */
export interface RedisProcess {
  port: number;
  url: string;
  /** Stops it (SIGKILL when `crash`, like a lost host; SIGTERM otherwise) and waits for its exit. */
  stop(crash?: boolean): Promise<void>;
  /** Starts it again on the same port, empty (no persistence): a restart that lost the data. */
  start(): Promise<void>;
  /** Stops it and removes its folder. */
  close(): Promise<void>;
}

/**
 * Starts a redis-server on a free port of 127.0.0.1.
 *
 * @example
 * ```ts
 * const redis = await startRedis();
 * await redis.close();
 * ```
 */
export async function startRedis(): Promise<RedisProcess> {
  const bin = redisServerPath();
  if (bin === undefined) throw new Error(`redis-server is not installed: ${REDIS_HINT}`);
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "lba-redis-"));
  let child: ChildProcess | undefined;
  const start = async (): Promise<void> => {
    const args = ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no", "--daemonize", "no", "--enable-debug-command", "local", "--logfile", ""];
    const proc = spawn(bin, args, { stdio: ["ignore", "pipe", "pipe"] });
    child = proc;
    await new Promise<void>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`redis-server did not start: ${out.slice(-500)}`)), 10_000);
      const onData = (chunk: Buffer): void => {
        out += chunk.toString();
        if (out.includes("Ready to accept connections")) {
          clearTimeout(timer);
          resolve();
        }
      };
      proc.stdout!.on("data", onData);
      proc.stderr!.on("data", onData);
      proc.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code}): ${out.slice(-500)}`));
      });
    });
  };
  const stop = async (crash = false): Promise<void> => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
    proc.kill(crash ? "SIGKILL" : "SIGTERM");
    await exited;
  };
  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/*
 * `labonnealternance export --out offers.ndjson`: every active offer and company of the national
 * export into a file (.ndjson, .json or .csv by its extension), filtered by kind, departments and
 * ROME codes. The items stream from the server to the file: memory stays bounded. The file is
 * written beside its final name and renamed at the end, so a failed export leaves no half file.
 * A progress bar on stderr for a person at a terminal; one summary line otherwise.
 *
 * Its own flags (parsed here, not by the search commands' parser), so it stays one file to register.
 */
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { parseArgs } from "node:util";
import { createLbaClient, formatInputIssue, LbaError, LbaInputError, type ExportProgress } from "../index.js";
import { exportFilter, matches } from "./export-filter.js";
import { ExportUsageError } from "./export-usage-error.js";
import { formatOf, writerOf } from "./export-writers.js";

/** Where the command writes and what it reads (the CLI's own io). */
export interface ExportIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  env: Record<string, string | undefined>;
}

export const EXPORT_HELP = `Usage: labonnealternance export --out <file> [filters] [options]

Every active job offer and every company taking spontaneous applications, from the national
export of API Apprentissage (rebuilt daily at 03:00 Paris time; several hundred MB), streamed to a
file. Needs an API key (--api-key or $LBA_API_KEY); the gateway allows 2 exports per minute.
  --out <file>           .ndjson (one item per line), .json (one array) or .csv (one row per item)
  --kind <k>             offers, companies or all (default all)
  --department <codes>   keep items whose workplace's postal code is in these departments: 35,2A
  --rome <codes>         keep items with one of these ROME codes or prefixes: M1805,M18
  --api-key <key>        your API Apprentissage key (default: $LBA_API_KEY; never printed)
  --caller <text>        who is calling (default: $LBA_CALLER, else "labonnealternance-cli")
  --base-url <url>       the gateway's base URL, with its /api (default: production)
  --timeout <ms>         longest wait for a byte before a download is resumed (default 30000)
  --mock                 export from the embedded mock API (no network)
Example: labonnealternance export --out offers.ndjson --kind offers --department 35 --mock
Exit codes: 0 ok, 1 API or network error, 2 bad usage or input.
`;

const FLAGS = {
  out: { type: "string" },
  kind: { type: "string" },
  department: { type: "string", multiple: true },
  rome: { type: "string", multiple: true },
  "api-key": { type: "string" },
  caller: { type: "string" },
  "base-url": { type: "string" },
  timeout: { type: "string" },
  mock: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

/**
 * Runs `export` with the arguments after the command's name; returns the exit code.
 *
 * @example
 * ```ts
 * const code = await runExportCommand(["--out", "offers.ndjson", "--mock"], { stdout: process.stdout, stderr: process.stderr, env: process.env });
 * ```
 */
export async function runExportCommand(argv: readonly string[], io: ExportIo): Promise<number> {
  let close: (() => Promise<void>) | undefined;
  let bar = false;
  try {
    const flags = parseFlags(argv);
    if (flags.help) {
      io.stdout.write(EXPORT_HELP);
      return 0;
    }
    if (flags.out === undefined) throw new ExportUsageError("--out <file> is required (e.g. --out offers.ndjson)");
    const writer = writerOf(formatOf(flags.out));
    const filter = exportFilter(flags);
    const timeoutMs = flags.timeout === undefined ? undefined : Number(flags.timeout);
    if (timeoutMs !== undefined && !(Number.isFinite(timeoutMs) && timeoutMs > 0)) throw new ExportUsageError(`--timeout: "${flags.timeout}" is not a positive number of milliseconds`);
    let baseUrl = flags["base-url"];
    let apiKey = flags["api-key"] ?? (flags.mock ? undefined : io.env.LBA_API_KEY);
    if (flags.mock) {
      const testing = await import("../testing/index.js");
      const server = await testing.startMockServer({ export: { sizeBytes: 3_000_000 } });
      baseUrl = server.apiApprentissageUrl;
      apiKey ??= testing.MOCK_API_KEY;
      close = () => server.close();
    }
    const client = createLbaClient({
      caller: flags.caller ?? io.env.LBA_CALLER ?? "labonnealternance-cli",
      ...(baseUrl ? { apiApprentissageBaseUrl: baseUrl } : {}),
      ...(apiKey ? { apiKey } : {}),
      ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    });
    bar = io.stderr.isTTY === true;
    const exported = await client.exportJobs({ onProgress: bar ? (p) => io.stderr.write(progressBar(p, io.stderr.columns ?? 80)) : undefined });
    const kept = await writeItems(flags.out, writer, exported.items, (item) => matches(filter, item));
    const p = exported.progress;
    if (bar) io.stderr.write("\n");
    io.stderr.write(`labonnealternance: ${kept} item(s) written to ${flags.out} (${p.offers} offer(s), ${p.companies} compan(ies) read; ${p.dropped} broken item(s) dropped; file of ${exported.lastUpdate})\n`);
    return 0;
  } catch (error) {
    if (bar) io.stderr.write("\n");
    io.stderr.write(`labonnealternance: ${describe(error)}\n`);
    return error instanceof ExportUsageError || error instanceof LbaInputError ? 2 : 1;
  } finally {
    await close?.();
  }
}

function parseFlags(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: FLAGS, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new ExportUsageError(`${(error as Error).message.split("\n")[0]} (see export --help)`);
  }
}

/** Writes the kept items to `path` (through `<path>.partial`, renamed at the end); returns how many. */
async function writeItems<T>(path: string, writer: { start: string; item(item: T, first: boolean): string; end: string }, items: AsyncIterable<T>, keep: (item: T) => boolean): Promise<number> {
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial);
  const failed = new Promise<never>((_, reject) => stream.once("error", reject));
  failed.catch(() => undefined);
  const write = async (text: string): Promise<void> => {
    if (text !== "" && !stream.write(text)) await Promise.race([new Promise<void>((resolve) => stream.once("drain", () => resolve())), failed]);
  };
  let kept = 0;
  try {
    await write(writer.start);
    for await (const item of items) {
      if (!keep(item)) continue;
      await write(writer.item(item, kept === 0));
      kept++;
    }
    await write(writer.end);
    await Promise.race([new Promise<void>((resolve) => stream.end(() => resolve())), failed]);
    await rename(partial, path);
    return kept;
  } catch (error) {
    stream.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** `\r[#####.....] 42% 1,234 items` sized to the terminal. */
function progressBar(p: ExportProgress, columns: number): string {
  const share = p.totalBytes ? Math.min(1, p.bytes / p.totalBytes) : undefined;
  const label = `${share === undefined ? `${Math.round(p.bytes / 1e6)} MB` : `${Math.floor(share * 100)}%`} ${p.items.toLocaleString("en")} items${p.resumes ? `, ${p.resumes} resume(s)` : ""}`;
  const width = Math.max(10, Math.min(40, columns - label.length - 4));
  const filled = share === undefined ? 0 : Math.round(share * width);
  return `\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${label}`;
}

function describe(error: unknown): string {
  if (error instanceof LbaInputError) return error.issues.map(formatInputIssue).join("; ");
  if (error instanceof LbaError || error instanceof ExportUsageError) return error.message.split("\n")[0]!;
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}

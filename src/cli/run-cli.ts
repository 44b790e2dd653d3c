import { readFileSync } from "node:fs";
import { createLbaClient, LbaInputError, type LbaClient, type LbaClientOptions, type PaginateOptions } from "../index.js";
import type { LegacyLbaClient } from "../legacy/index.js";
import { limitFlag, listFlag, numberFlag, whereFrom } from "./args.js";
import { checkFlags, COMMANDS } from "./check-flags.js";
import { describeError } from "./cli-terms.js";
import { parseCli, type Flags } from "./flags.js";
import { formatCsv, formatTable, toLiveRow, toRow, type Row } from "./format.js";
import { COMMAND_HELP, GLOBAL_HELP } from "./help.js";
import { firstItems, type CliResult } from "./first-items.js";
import { startsLike } from "./starts-like.js";
import { CliUsageError } from "./usage-error.js";

/** Where the CLI writes, and what it reads from the environment (injected so tests can capture). */
export interface CliIo {
  stdout: { write(text: string): unknown; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

/**
 * Runs the CLI and returns its exit code: 0 ok, 1 API or network error, 2 bad usage or input. Errors
 * are one line on stderr, never a stack trace, never personal data.
 *
 * @example
 * ```ts
 * const code = await runCli(["formations", "--romes", "M1805", "--department", "35", "--mock"], { stdout: process.stdout, stderr: process.stderr, env: process.env });
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  // `export` has its own flags and file (export-command.ts).
  if (argv[0] === "export") return (await import("./export-command.js")).runExportCommand(argv.slice(1), io);
  let close: (() => Promise<void>) | undefined;
  let progress = "";
  try {
    const { command, rest, flags } = parseCli(argv);
    if (flags.version) return out(io, `${version()}\n`);
    if (!command) return out(io, GLOBAL_HELP, flags.help ? 0 : 2);
    if (!COMMANDS.includes(command)) {
      const guess = startsLike(command, COMMANDS);
      throw new CliUsageError(`unknown command "${command}"${guess ? ` (did you mean ${guess}?)` : ""}; commands: formations, companies, all, metiers, geocode, mcp`);
    }
    if (flags.help) return out(io, COMMAND_HELP[command]!);
    checkFlags(command, flags, rest);
    if (command === "mcp") return await (await import("./mcp-command.js")).runMcpCommand(flags, io, version());
    const limit = limitFlag(flags.limit);

    const legacy = flags.legacy === true;
    let baseUrl = flags["base-url"];
    let apiApprentissageBaseUrl: string | undefined;
    let geocoderBaseUrl: string | undefined;
    // The key is read, passed to the client and never printed (the client masks it too). With
    // `--mock`, `$LBA_API_KEY` (a real key, for the real API) is not sent to the mock: it uses its
    // own key unless `--api-key` names one (to see how a refused key is reported).
    let apiKey = flags["api-key"] ?? (flags.mock ? undefined : io.env.LBA_API_KEY);
    if (flags.mock) {
      const testing = await import("../testing/index.js");
      const server = await testing.startMockServer({ legacy });
      baseUrl = server.url;
      apiApprentissageBaseUrl = server.apiApprentissageUrl;
      geocoderBaseUrl = server.geocoderUrl;
      apiKey ??= testing.MOCK_API_KEY;
      close = () => server.close();
    }
    let responses = 0;
    const options: LbaClientOptions = {
      caller: flags.caller ?? io.env.LBA_CALLER ?? "labonnealternance-cli",
      ...(baseUrl ? { baseUrl } : {}),
      ...(apiApprentissageBaseUrl && !legacy ? { apiApprentissageBaseUrl } : {}),
      ...(geocoderBaseUrl ? { geocoderBaseUrl } : {}),
      ...(apiKey && !legacy ? { apiKey } : {}),
      ...(flags["no-retry"] ? { retry: false as const } : {}),
      ...(flags.timeout !== undefined ? { timeoutMs: numberFlag(flags.timeout, "timeout")! } : {}),
      hooks: {
        onResponse: () => {
          responses++;
          // A progress line only for a person watching a terminal, never in pipes or logs.
          if (io.stderr.isTTY) io.stderr.write((progress = `\r${responses} request(s) answered…`));
        },
      },
    };
    // The 2022 API is its own entry, loaded only for --legacy.
    const result = legacy
      ? await executeLegacy(command, rest, flags, limit, (await import("../legacy/index.js")).createLegacyLbaClient(options))
      : await executeLive(command, rest, flags, limit, createLbaClient(options));
    if (progress) io.stderr.write(`\r${" ".repeat(progress.length)}\r`);
    // Searches stop at the limit themselves; lookups (metiers) answer in one request.
    const rows = limit !== undefined ? result.rows.slice(0, limit) : result.rows;
    if (flags.json) return out(io, `${JSON.stringify(result.json, null, 2)}\n`);
    if (flags.csv) return out(io, formatCsv(rows));
    return out(io, formatTable(rows, io.stdout.columns ?? 100) + (result.note ? `${result.note}\n` : ""));
  } catch (error) {
    if (progress) io.stderr.write("\n");
    io.stderr.write(`labonnealternance: ${describeError(error)}\n`);
    return error instanceof CliUsageError || error instanceof LbaInputError ? 2 : 1;
  } finally {
    await close?.();
  }
}

/** The paginator's options under `--limit`: pages of the limit's size, failures collected. */
function limitedOptions(limit: number): PaginateOptions {
  return { pageSize: Math.min(limit, 1000), failures: "collect" };
}

async function executeLive(command: string, rest: string[], flags: Flags, limit: number | undefined, client: LbaClient): Promise<CliResult> {
  const where = whereFrom(flags);
  const romes = flags.romes;
  switch (command) {
    case "companies": {
      const query = {
        ...(romes !== undefined ? { romes } : {}),
        ...(flags.rncp ? { rncp: flags.rncp } : {}),
        ...(where ? { where } : {}),
        ...(flags.diploma ? { diploma: flags.diploma as never } : {}),
        ...(flags.opco ? { opco: flags.opco } : {}),
        ...(flags["exclude-partners"] ? { excludePartners: listFlag(flags["exclude-partners"])! } : {}),
      };
      if (limit !== undefined) return firstItems(client.paginate.companies(query, limitedOptions(limit)), limit);
      const result = await client.searchCompanies(query);
      const rows = [...result.jobs, ...result.recruiters].map((item) => toLiveRow(item as never));
      return { rows, json: result, note: `${result.jobs.length} offer(s), ${result.recruiters.length} compan(ies)${noteOf(result.warnings, result.failures)}` };
    }
    case "all":
    case "both": {
      const query = { romes: romes as string, ...(where ? { where } : {}), ...(flags.diploma ? { diploma: flags.diploma as never } : {}), ...(flags.opco ? { opco: flags.opco } : {}) };
      if (limit !== undefined) return firstItems(client.paginate.all(query, limitedOptions(limit)), limit);
      const result = await client.searchAll(query);
      const rows = [...result.formations.map(toRow), ...[...result.jobs, ...result.recruiters].map((item) => toLiveRow(item as never))];
      return { rows, json: result, note: `${rows.length} result(s)${noteOf(result.warnings, result.failures)}` };
    }
  }
  return executeCommon(command, rest, flags, limit, client);
}

function noteOf(warnings: readonly { code: string }[], failures: readonly unknown[]): string {
  const parts = [...(warnings.length ? [`warnings: ${warnings.map((w) => w.code).join(", ")}`] : []), ...(failures.length ? [`${failures.length} request(s) failed`] : [])];
  return parts.length ? ` (${parts.join("; ")})` : "";
}

async function executeLegacy(command: string, rest: string[], flags: Flags, limit: number | undefined, client: LegacyLbaClient): Promise<CliResult> {
  const where = whereFrom(flags);
  const romes = flags.romes;
  switch (command) {
    case "companies": {
      const query = { romes: romes as string, ...(where ? { where } : {}), ...(flags.sources ? { sources: listFlag(flags.sources) as never } : {}) };
      if (limit !== undefined) return firstItems(client.paginate.companies(query, limitedOptions(limit)), limit);
      const result = await client.searchCompanies(query);
      const items = [...result.peJobs, ...result.lbaCompanies, ...result.lbbCompanies, ...result.matchas, ...result.partnerJobs];
      return { rows: items.map(toRow), json: result, note: `${items.length} opportunit(ies)${result.failures.length ? `, ${result.failures.length} source(s) failed` : ""}` };
    }
    case "all":
    case "both": {
      const query = { romes: romes as string, ...(where ? { where } : {}), ...(flags.diploma ? { diploma: flags.diploma as never } : {}), ...(flags.sources ? { sources: listFlag(flags.sources) as never } : {}) };
      if (limit !== undefined) return firstItems(client.paginate.all(query, limitedOptions(limit)), limit);
      const result = await client.searchAll(query);
      const items = [...result.formations, ...result.peJobs, ...result.lbaCompanies, ...result.lbbCompanies, ...result.matchas, ...result.partnerJobs];
      return { rows: items.map(toRow), json: result, note: `${items.length} result(s)` };
    }
    case "metiers":
      if (flags.siret) return namesResult(await client.metiersForEtablissement(flags.siret), limit);
  }
  return executeCommon(command, rest, flags, limit, client);
}

/** What both generations' clients offer alike. */
type CommonClient = Pick<LbaClient, "searchFormations" | "findMetiers" | "listMetiers" | "metiersForFormation" | "geocode"> & {
  paginate: Pick<LbaClient["paginate"] | LegacyLbaClient["paginate"], "formations">;
};

async function executeCommon(command: string, rest: string[], flags: Flags, limit: number | undefined, client: CommonClient): Promise<CliResult> {
  const where = whereFrom(flags);
  const romes = flags.romes;
  switch (command) {
    case "formations": {
      const query = { ...(romes !== undefined ? { romes } : {}), ...(flags["rome-domain"] ? { romeDomain: flags["rome-domain"] } : {}), ...(where ? { where } : {}), ...(flags.diploma ? { diploma: flags.diploma } : {}) };
      if (limit !== undefined) return firstItems(client.paginate.formations(query as never, limitedOptions(limit)), limit);
      const result = await client.searchFormations(query as never);
      return { rows: result.formations.map(toRow), json: result, note: `${result.formations.length} training(s)` };
    }
    case "metiers": {
      if (flags.all) return namesResult(await client.listMetiers(), limit);
      if (flags.cfd) return namesResult(await client.metiersForFormation(flags.cfd), limit);
      const title = rest.join(" ");
      if (!title) throw new CliUsageError('metiers needs a title, --all, --cfd or --siret (e.g. "metiers boulanger")');
      const found = await client.findMetiers(title);
      // --limit counts job names first, then diplomas, in --json as in the table.
      const result = limit === undefined ? found : { ...found, metiers: found.metiers.slice(0, limit), diplomas: found.diplomas.slice(0, Math.max(0, limit - found.metiers.length)) };
      const rows = [...result.metiers.map((m) => ({ m, s: "metier" })), ...result.diplomas.map((m) => ({ m, s: "diploma" }))].map(({ m, s }) => ({
        source: s,
        title: String(m.label ?? ""),
        place: "",
        distance: "",
        detail: (m.romes ?? []).join(","),
      }));
      return { rows, json: result };
    }
    case "geocode": {
      const text = rest.join(" ");
      if (!text) throw new CliUsageError('geocode needs an address or a town (e.g. geocode "Nantes")');
      // The geocoder takes the limit itself (1 to 50).
      const candidates = await client.geocode(text, { ...(limit !== undefined ? { limit } : {}) });
      return {
        rows: candidates.map((c) => ({ source: c.type ?? "", title: c.label, place: `INSEE ${c.insee}`, distance: "", detail: `--near ${c.latitude},${c.longitude}` })),
        json: candidates,
      };
    }
  }
  throw new CliUsageError(`unknown command "${command}"`);
}

/** A list of job names (`null`: not found), the first `limit` of them. */
function namesResult(names: readonly string[] | null, limit: number | undefined): CliResult {
  if (names === null) return { rows: [], json: null, note: "not found" };
  const kept = limit === undefined ? names : names.slice(0, limit);
  return { rows: kept.map(metierRow), json: kept };
}

function metierRow(name: string): Row {
  return { source: "metier", title: name, place: "", distance: "", detail: "" };
}

function out(io: CliIo, text: string, code = 0): number {
  io.stdout.write(text);
  return code;
}

function version(): string {
  for (const path of ["../package.json", "../../package.json"]) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as { name?: string; version?: string };
      if (pkg.name === "labonnealternance") return pkg.version ?? "unknown";
    } catch {
      // try the next location (built: dist/cli.js; from source: src/cli/run-cli.ts)
    }
  }
  return "unknown";
}

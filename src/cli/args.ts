import { parseArgs } from "node:util";
import { department, france, LbaInputError, near, region, type Area, type Where } from "../index.js";

/** A usage error: an unknown command or flag, a malformed value. Exit code 2. */
export class CliUsageError extends Error {
  override name = "CliUsageError";
}

export const OPTIONS = {
  romes: { type: "string" },
  "rome-domain": { type: "string" },
  near: { type: "string" },
  radius: { type: "string" },
  insee: { type: "string" },
  department: { type: "string", multiple: true },
  region: { type: "string" },
  france: { type: "boolean" },
  exhaustive: { type: "boolean" },
  diploma: { type: "string" },
  sources: { type: "string" },
  rncp: { type: "string" },
  opco: { type: "string" },
  "exclude-partners": { type: "string" },
  "api-key": { type: "string" },
  legacy: { type: "boolean" },
  caller: { type: "string" },
  "base-url": { type: "string" },
  mock: { type: "boolean" },
  json: { type: "boolean" },
  csv: { type: "boolean" },
  limit: { type: "string" },
  timeout: { type: "string" },
  "no-retry": { type: "boolean" },
  all: { type: "boolean" },
  cfd: { type: "string" },
  siret: { type: "string" },
  http: { type: "string" },
  host: { type: "string" },
  token: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

export type Flags = ReturnType<typeof parseCli>["flags"];

/** Parses argv; unknown flags are usage errors with a hint. */
export function parseCli(argv: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    return { command: positionals[0], rest: positionals.slice(1), flags: values };
  } catch (error) {
    throw new CliUsageError(`${(error as Error).message.split("\n")[0]} (see --help)`);
  }
}

/** A positive number flag, or undefined. */
export function numberFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n)) throw new CliUsageError(`--${name}: "${value}" is not a number`);
  return n;
}

/** `--near`, `--department`, `--region`, `--france` as a `where`. */
export function whereFrom(flags: Flags): Where | undefined {
  const areas: Area[] = [];
  if (flags.near !== undefined) {
    const parts = flags.near.split(",");
    if (parts.length !== 2) throw new CliUsageError(`--near: "${flags.near}" is not "latitude,longitude" (e.g. 47.2184,-1.5536)`);
    const [lat, lon] = parts.map((p, i) => numberFlag(p, i === 0 ? "near (latitude)" : "near (longitude)")!);
    const radius = numberFlag(flags.radius, "radius");
    areas.push(near(lat!, lon!, { ...(radius !== undefined ? { radius } : {}), ...(flags.insee ? { insee: flags.insee } : {}) }));
  } else if (flags.radius !== undefined || flags.insee !== undefined) {
    throw new LbaInputError({ field: "near", problem: "is missing (--radius and --insee go with --near)", expected: "--near latitude,longitude" });
  }
  for (const value of flags.department ?? []) for (const code of value.split(",")) areas.push(department(code));
  if (flags.region !== undefined) areas.push(region(flags.region));
  if (flags.france) areas.push(france({ exhaustive: flags.exhaustive === true }));
  if (areas.length === 0) return undefined;
  return areas.length === 1 ? areas[0] : areas;
}

/** `--sources a,b` as a list. */
export function listFlag(value: string | undefined): string[] | undefined {
  return value === undefined ? undefined : value.split(",").map((s) => s.trim());
}

/*
 * Which flags a command reads, and which flags cannot go together. A flag the command would ignore
 * (`--rncp` for trainings, `--diploma` for the 2022 companies route) or one that another overrides
 * (`--base-url` under `--mock`, `--csv` after `--json`) is refused with exit code 2 rather than
 * dropped without a word: the user would believe the search was filtered.
 */
import type { Flags } from "./flags.js";
import { CliUsageError } from "./usage-error.js";

type Name = keyof Flags;

/** Flags every command reads. */
const GLOBAL: readonly Name[] = ["caller", "api-key", "base-url", "legacy", "mock", "json", "csv", "limit", "timeout", "no-retry", "help", "version"];
const WHERE: readonly Name[] = ["near", "radius", "insee", "department", "region", "france", "exhaustive"];

/** The flags of each command, today's API and the 2022 API (`--legacy`). */
const COMMAND_FLAGS: Record<string, { live: readonly Name[]; legacy: readonly Name[] }> = {
  formations: { live: ["romes", "rome-domain", ...WHERE, "diploma"], legacy: ["romes", "rome-domain", ...WHERE, "diploma"] },
  companies: { live: ["romes", "rncp", ...WHERE, "diploma", "opco", "exclude-partners"], legacy: ["romes", ...WHERE, "sources"] },
  all: { live: ["romes", ...WHERE, "diploma", "opco"], legacy: ["romes", ...WHERE, "diploma", "sources"] },
  metiers: { live: ["all", "cfd"], legacy: ["all", "cfd", "siret"] },
  geocode: { live: [], legacy: [] },
};
COMMAND_FLAGS.both = COMMAND_FLAGS.all!;

/** The commands of the CLI. */
export const COMMANDS = Object.keys(COMMAND_FLAGS);

/**
 * Throws {@link CliUsageError} when a flag is not one `command` reads (naming the API that has it,
 * when the other one does), or when flags conflict.
 *
 * @example
 * ```ts
 * checkFlags("formations", { json: true, csv: true }, []); // CliUsageError: --json and --csv...
 * checkFlags("formations", { rncp: "RNCP37273" }, []);     // CliUsageError: --rncp is not a flag of formations...
 * ```
 */
export function checkFlags(command: string, flags: Flags, rest: readonly string[]): void {
  const legacy = flags.legacy === true;
  const own = COMMAND_FLAGS[command]!;
  const allowed = new Set([...GLOBAL, ...(legacy ? own.legacy : own.live)]);
  for (const name of Object.keys(flags) as Name[]) {
    if (allowed.has(name)) continue;
    const other = legacy ? own.live : own.legacy;
    const where = other.includes(name) ? (legacy ? " with --legacy (today's API has it: leave --legacy out)" : " of today's API (the 2022 API has it: add --legacy)") : "";
    throw new CliUsageError(`--${name} is not a flag of ${command}${where}; see labonnealternance ${command} --help`);
  }
  const both = (a: Name, b: Name, why: string) => {
    if (flags[a] !== undefined && flags[b] !== undefined) throw new CliUsageError(`--${a} and --${b} cannot go together: ${why}`);
  };
  both("json", "csv", "choose one output format");
  both("mock", "base-url", "--mock runs against the embedded mock API, whose address it picks itself");
  both("romes", "rome-domain", "give ROME codes or a ROME domain");
  if (flags["api-key"] !== undefined && legacy) throw new CliUsageError("--api-key and --legacy cannot go together: the 2022 API takes no key");
  if (flags.exhaustive && !flags.france) throw new CliUsageError("--exhaustive goes with --france (one request per region)");
  if ((flags.radius !== undefined || flags.insee !== undefined) && flags.near === undefined) {
    throw new CliUsageError(`--${flags.radius !== undefined ? "radius" : "insee"} goes with --near latitude,longitude`);
  }
  if (command === "metiers") {
    const ways = [...(rest.length > 0 ? ["a title"] : []), ...(["all", "cfd", "siret"] as const).filter((n) => flags[n] !== undefined).map((n) => `--${n}`)];
    if (ways.length > 1) throw new CliUsageError(`metiers takes one of a title, --all, --cfd or --siret (got ${ways.join(" and ")})`);
  } else if (command !== "geocode" && rest.length > 0) {
    throw new CliUsageError(`${command} takes no words after it (got "${rest.join(" ")}"); see labonnealternance ${command} --help`);
  }
}

/*
 * The CLI's flags and how argv is read. Hand-written rather than node:util's parseArgs (issue 20):
 * parseArgs refuses `--near -1.68,48.11` as "ambiguous" (a value that starts with a dash), answers
 * an unknown flag with advice about `--` meant for positionals, and keeps the last of a repeated
 * flag without a word. Here a value that starts with a single dash is a value (negative numbers),
 * an unknown flag gets a "did you mean", and a flag given twice or a flag its command would ignore
 * is a usage error: nothing the user typed is silently dropped.
 */
import { startsLike } from "./starts-like.js";
import { CliUsageError } from "./usage-error.js";

const STRING = "string";
const BOOLEAN = "boolean";

/** Every flag of the CLI; `multiple` ones may be repeated (their values add up). */
export const OPTIONS = {
  romes: { type: STRING },
  "rome-domain": { type: STRING },
  near: { type: STRING },
  radius: { type: STRING },
  insee: { type: STRING },
  department: { type: STRING, multiple: true },
  region: { type: STRING },
  france: { type: BOOLEAN },
  exhaustive: { type: BOOLEAN },
  diploma: { type: STRING },
  sources: { type: STRING },
  rncp: { type: STRING },
  opco: { type: STRING },
  "exclude-partners": { type: STRING },
  "api-key": { type: STRING },
  legacy: { type: BOOLEAN },
  caller: { type: STRING },
  "base-url": { type: STRING },
  mock: { type: BOOLEAN },
  json: { type: BOOLEAN },
  csv: { type: BOOLEAN },
  limit: { type: STRING },
  timeout: { type: STRING },
  "no-retry": { type: BOOLEAN },
  all: { type: BOOLEAN },
  cfd: { type: STRING },
  siret: { type: STRING },
  http: { type: STRING },
  host: { type: STRING },
  token: { type: STRING },
  help: { type: BOOLEAN },
  version: { type: BOOLEAN },
} as const;

type Name = keyof typeof OPTIONS;
type ValueOf<N extends Name> = (typeof OPTIONS)[N] extends { multiple: true } ? string[] : (typeof OPTIONS)[N]["type"] extends "string" ? string : boolean;

/** The flags given, by name. */
export type Flags = { -readonly [N in Name]?: ValueOf<N> };

const SHORT: Record<string, Name> = { h: "help", v: "version" };

/**
 * Words people type for a flag that is not one (French, or the API's own names): the hint of
 * "did you mean" when the spelling is too far from the flag for an edit distance to find it.
 */
const SYNONYMS: Record<string, Name> = {
  rayon: "radius",
  distance: "radius",
  km: "radius",
  departement: "department",
  dept: "department",
  dep: "department",
  rome: "romes",
  metier: "romes",
  metiers: "romes",
  diplome: "diploma",
  niveau: "diploma",
  level: "diploma",
  key: "api-key",
  apikey: "api-key",
  cle: "api-key",
  token: "api-key",
  url: "base-url",
  baseurl: "base-url",
  max: "limit",
  lat: "near",
  latitude: "near",
  lon: "near",
  longitude: "near",
  point: "near",
  pres: "near",
  autour: "near",
  commune: "insee",
  citycode: "insee",
  retry: "no-retry",
  "romedomain": "rome-domain",
  domain: "rome-domain",
  partenaires: "exclude-partners",
  "exclude-partner": "exclude-partners",
};

/**
 * Reads argv: the command, the words after it, and the flags. Throws {@link CliUsageError} on an
 * unknown flag (with a "did you mean"), a flag without its value, a value given to a switch, and
 * a flag given twice.
 *
 * @example
 * ```ts
 * parseCli(["companies", "--near", "-21.1,55.5", "--json"]);
 * // { command: "companies", rest: [], flags: { near: "-21.1,55.5", json: true } }
 * ```
 */
export function parseCli(argv: readonly string[]): { command: string | undefined; rest: string[]; flags: Flags } {
  const flags: Record<string, string | string[] | boolean> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const long = /^--([^=]+)(?:=([\s\S]*))?$/.exec(token);
    const short = long ? undefined : /^-([a-zA-Z])$/.exec(token);
    if (!long && !short) {
      if (token.startsWith("-") && token.length > 1 && !/^-\d|^-\./.test(token)) throw unknownFlag(token);
      positionals.push(token);
      continue;
    }
    const name = long ? long[1]! : SHORT[short![1]!];
    if (name === undefined || !(name in OPTIONS)) throw unknownFlag(token);
    const option = OPTIONS[name as Name];
    let value: string | boolean;
    if (option.type === BOOLEAN) {
      if (long?.[2] !== undefined) throw new CliUsageError(`--${name} is a switch and takes no value (got "--${name}=${long[2]}")`);
      value = true;
    } else if (long?.[2] !== undefined) {
      value = long[2];
    } else {
      // The next word is the value, even when it starts with a dash (`--near -21.1,55.5`), unless
      // it is a flag itself: then the value was forgotten.
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--") || /^-[a-zA-Z]$/.test(next)) throw new CliUsageError(`--${name} needs a value (see --help)`);
      value = next;
      i++;
    }
    if ("multiple" in option) {
      flags[name] = [...((flags[name] as string[] | undefined) ?? []), value as string];
    } else if (name in flags) {
      throw new CliUsageError(`--${name} is given twice: give it once`);
    } else {
      flags[name] = value;
    }
  }
  return { command: positionals[0], rest: positionals.slice(1), flags: flags as Flags };
}

function unknownFlag(token: string): CliUsageError {
  const name = token.replace(/^-+/, "").split("=")[0]!;
  const names = Object.keys(OPTIONS);
  const key = name.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const guess = SYNONYMS[key] ?? SYNONYMS[key.replace(/-/g, "")] ?? startsLike(key, names);
  return new CliUsageError(`unknown flag ${token.split("=")[0]}${guess ? ` (did you mean --${guess}?)` : ""}; see --help for the flags`);
}

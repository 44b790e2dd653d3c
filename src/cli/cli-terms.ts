/*
 * Errors told in the CLI's terms (issue 20). The SDK names its options and builders
 * (`createLbaClient({ caller, apiKey })`, `near(lat, lon, { insee })`), which a person at a shell
 * cannot type: here each input problem names the flag (or environment variable) that sets the
 * field, and says what to type instead. Problems whose field no flag sets keep the SDK's words.
 */
import { formatInputIssue, LbaAuthError, LbaError, LbaInputError, type LbaInputIssue } from "../index.js";
import { CliUsageError } from "./usage-error.js";

/** A field of the SDK, the flag that sets it, and what to type (when the SDK's words are code). */
const FLAG_OF_FIELD: readonly { field: RegExp; flag: string | ((field: string) => string); expected?: string }[] = [
  {
    field: /^apiKey$/,
    flag: "--api-key",
    expected: "--api-key <key> or the LBA_API_KEY environment variable (the key of your free account on https://api.apprentissage.beta.gouv.fr), or --legacy for a 2022 server",
  },
  {
    field: /(^|\.)insee$/,
    flag: "--insee",
    expected: '--insee <code> with --near (labonnealternance geocode "<town>" prints both)',
  },
  { field: /(^|\.)radius(\[\d+\])?$/, flag: "--radius" },
  // "latitude, longitude" too: a point outside France names both.
  { field: /(^|[.\s])(latitude|longitude|point)$|^near$|^where$/, flag: nearPart, expected: "--near latitude,longitude (e.g. --near 48.11,-1.68), --department, --region or --france" },
  { field: /(^|\.)department(s)?(\[\d+\])?$/, flag: "--department" },
  { field: /(^|\.)region$/, flag: "--region" },
  { field: /^romes(\[\d+\])?$/, flag: "--romes", expected: "--romes M1805[,M1802] or --rome-domain M18" },
  { field: /^romeDomain$/, flag: "--rome-domain", expected: "--rome-domain M or M18, or --romes" },
  { field: /^rncp$/, flag: "--rncp" },
  { field: /^diploma$/, flag: "--diploma" },
  { field: /^(query\.)?opco$/, flag: "--opco" },
  { field: /^excludePartners(\[\d+\])?$/, flag: "--exclude-partners" },
  { field: /^sources(\[\d+\])?$/, flag: "--sources" },
  { field: /^caller$/, flag: "--caller", expected: "--caller <who is calling> or the LBA_CALLER environment variable" },
  { field: /^baseUrl$/, flag: "--base-url" },
  { field: /^timeoutMs$/, flag: "--timeout" },
  { field: /^(options\.)?limit$/, flag: "--limit" },
  { field: /^(text|title|cfd|siret)$/, flag: "the command's argument" },
];

/**
 * One input problem in CLI terms: the flag instead of the field, and what to type instead of code.
 *
 * @example
 * ```ts
 * cliIssue({ field: "apiKey", problem: "is missing", expected: "createLbaClient({ caller, apiKey })" });
 * // "--api-key: is missing; expected --api-key <key> or the LBA_API_KEY environment variable (...)"
 * ```
 */
export function cliIssue(issue: LbaInputIssue): string {
  const known = FLAG_OF_FIELD.find((entry) => entry.field.test(issue.field));
  if (known === undefined) return formatInputIssue(issue);
  // `near(48.11, -1.68)` (a swap suggested by the geo builders) reads `--near 48.11,-1.68`; what
  // is still code after that is replaced by the flag's own advice.
  const expected = nearAsFlag(issue.expected);
  const flag = typeof known.flag === "string" ? known.flag : known.flag(issue.field);
  return formatInputIssue({ ...issue, field: flag, problem: nearAsFlag(issue.problem), expected: known.expected !== undefined && CODE.test(expected) ? known.expected : expected });
}

/** Text that is SDK code: a call (`createLbaClient(`), an object literal, a `key: "value"` pair, an option's camelCase name. */
const CODE = /\b[A-Za-z.]+\(|\{|\b\w+: "|\b[a-z]+[A-Z]\w*/;

/** `--near`, with the half of it at fault when only one is. */
function nearPart(field: string): string {
  if (/latitude$/.test(field)) return "--near (latitude)";
  if (/longitude$/.test(field) && !/latitude/.test(field)) return "--near (longitude)";
  return "--near";
}

function nearAsFlag(text: string): string {
  return text.replace(/\bnear\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*\)/g, "--near $1,$2");
}

/**
 * The one line the CLI prints for an error (after `labonnealternance: `): input problems in CLI
 * terms, the first line of any other message, never a stack.
 *
 * @example
 * ```ts
 * describeError(new CliUsageError("--json and --csv cannot go together")); // the message itself
 * ```
 */
export function describeError(error: unknown): string {
  if (error instanceof LbaInputError) return error.issues.map(cliIssue).join("; ");
  const message = error instanceof LbaError || error instanceof CliUsageError || error instanceof Error ? error.message.split("\n")[0]! : String(error);
  // The SDK's advice names its option; at a shell, the key comes from the flag or the variable.
  return error instanceof LbaAuthError ? message.replace("check the apiKey option", "check --api-key or LBA_API_KEY") : message;
}

import { LbaApiError } from "../errors/lba-api-error.js";
import type { SearchFailure } from "../fanout/run-tasks.js";
import type { CompanyItem, JobOffer, MatchaOffer, PartnerJob } from "../schemas/index.js";

/**
 * The job opportunities of a jobs (or jobsEtFormations) answer, one list per source, every list
 * always present (empty when the source was not asked for, missing, or failed).
 *
 * @example
 * ```ts
 * const { peJobs, lbaCompanies, lbbCompanies, matchas, failures } = await client.searchCompanies(query);
 * ```
 */
export interface JobsLists {
  /** Offers of France Travail (ex Pôle emploi), `ideaType: "peJob"`. */
  peJobs: JobOffer[];
  /** Companies likely to hire apprentices (La Bonne Alternance algorithm), `ideaType: "lba"`. */
  lbaCompanies: CompanyItem[];
  /** Companies likely to hire on this job (La Bonne Boîte), `ideaType: "lbb"`; older servers only. */
  lbbCompanies: CompanyItem[];
  /** Offers posted on La Bonne Alternance Recruteur (Matcha), `ideaType: "matcha"`. */
  matchas: MatchaOffer[];
  /** Offers of partner job boards (newest servers). */
  partnerJobs: PartnerJob[];
}

export const JOB_SOURCES = ["peJobs", "lbaCompanies", "lbbCompanies", "matchas", "partnerJobs"] as const;

/** Empty lists, to merge into. */
export function emptyJobsLists(): JobsLists {
  return { peJobs: [], lbaCompanies: [], lbbCompanies: [], matchas: [], partnerJobs: [] };
}

/**
 * Splits a jobs answer into its sources. A source that is an error object (the server answers
 * HTTP 200 with `{ error, message }` in place of `{ results }` when one back-end fails) becomes a
 * failure entry: the good sources are kept, the broken one is reported, never silently dropped.
 */
export function splitJobsAnswer(
  body: unknown,
  meta: { romes?: readonly string[]; area?: SearchFailure["area"]; method: string; url: string },
): { lists: JobsLists; failures: SearchFailure[] } {
  const lists = emptyJobsLists();
  const failures: SearchFailure[] = [];
  const source = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
  for (const name of JOB_SOURCES) {
    const part = source[name];
    if (part === undefined || part === null) continue;
    const results = (part as { results?: unknown }).results;
    if (Array.isArray(results)) {
      (lists[name] as unknown[]).push(...results);
    } else {
      failures.push({ ...failureMeta(meta), source: name, error: sourceError(name, part, meta) });
    }
  }
  return { lists, failures };
}

/** An error object found in place of a source's results. */
export function sourceError(name: string, part: unknown, meta: { method: string; url: string }): LbaApiError {
  const p = (typeof part === "object" && part !== null ? part : {}) as Record<string, unknown>;
  const messages = [p.message, p.error_messages, p.error]
    .flat()
    .filter((m): m is string => typeof m === "string" && m !== "");
  return new LbaApiError({
    status: 200,
    method: meta.method,
    url: meta.url,
    code: typeof p.error === "string" ? p.error : typeof p.result === "string" ? p.result : "source_error",
    messages,
    body: part,
    message: `Source ${name} failed inside an otherwise successful answer: ${messages.join("; ") || "no message"}`,
  });
}

function failureMeta(meta: { romes?: readonly string[]; area?: SearchFailure["area"] }): Partial<SearchFailure> {
  return { ...(meta.romes ? { romes: meta.romes } : {}), ...(meta.area ? { area: meta.area } : {}) };
}

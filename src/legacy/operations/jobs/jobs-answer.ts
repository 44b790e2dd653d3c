import { LbaApiError } from "../../../errors/lba-api-error.js";
import type { CompanyItem, Formation, JobOffer, MatchaOffer, PartnerJob } from "../../../schemas/index.js";
import type { SearchFailure } from "../../../search/task.js";
import { mergeItems } from "../../../operations/common/item-keys.js";

/**
 * The job opportunities of a jobs (or jobsEtFormations) answer, one list per source, every list
 * always present (empty when the source was not asked for, missing, or failed).
 *
 * @example
 * ```ts
 * import type { LegacyLbaClient, LegacySearchCompaniesQuery } from "labonnealternance/legacy";
 *
 * declare const client: LegacyLbaClient;
 * declare const query: LegacySearchCompaniesQuery;
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
    const results = typeof part === "object" ? (part as { results?: unknown }).results : undefined;
    if (Array.isArray(results)) {
      // A loop, not push(...results): an answer can hold more items than a call takes arguments.
      const list = lists[name] as unknown[];
      for (const item of results) list.push(item);
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

/**
 * Merges the per-source lists of several answers, each list de-duplicated and ordered by distance.
 *
 * @example
 * ```ts
 * declare const parts: { lists: JobsLists }[]; // one per request
 * const lists = mergeJobsLists(parts.map((p) => p.lists));
 * ```
 */
export function mergeJobsLists(all: readonly JobsLists[]): JobsLists {
  const merged = emptyJobsLists();
  for (const name of JOB_SOURCES) (merged[name] as unknown[]) = mergeItems(all.map((l) => l[name] as unknown[]));
  return merged;
}

/**
 * Splits a jobsEtFormations answer: the formations side and the jobs side can each be an error
 * object (HTTP 200); each becomes a failure and the other side is kept.
 *
 * @example
 * ```ts
 * const url = "https://labonnealternance.apprentissage.beta.gouv.fr/api/V1/jobsEtFormations";
 * const body = { formations: { results: [] }, jobs: { error: "internal_error" } };
 * const { formations, lists, failures } = splitAllAnswer(body, { romes: ["M1805"] }, url);
 * // formations: [], lists: all empty, failures: one, with source "jobs"
 * ```
 */
export function splitAllAnswer(
  body: unknown,
  meta: { romes?: readonly string[]; area?: SearchFailure["area"] },
  url: string,
): { formations: Formation[]; lists: JobsLists; failures: SearchFailure[] } {
  const b = (typeof body === "object" && body !== null ? body : {}) as { formations?: unknown; jobs?: unknown };
  const failures: SearchFailure[] = [];
  let formations: Formation[] = [];
  const f = typeof b.formations === "object" ? (b.formations as { results?: unknown } | null) : undefined;
  if (f && Array.isArray(f.results)) formations = f.results as Formation[];
  else if (f) failures.push({ ...failureMeta(meta), source: "formations", error: sourceError("formations", f, { method: "GET", url }) });
  const jobs = typeof b.jobs === "object" ? (b.jobs as Record<string, unknown> | null) : undefined;
  // `jobs` itself is an error object when the whole jobs side failed.
  if (jobs && typeof jobs.error === "string" && !JOB_SOURCES.some((name) => name in jobs)) {
    failures.push({ ...failureMeta(meta), source: "jobs", error: sourceError("jobs", jobs, { method: "GET", url }) });
    return { formations, lists: emptyJobsLists(), failures };
  }
  const split = splitJobsAnswer(jobs, { ...meta, method: "GET", url });
  for (const failure of split.failures) failures.push(failure);
  return { formations, lists: split.lists, failures };
}

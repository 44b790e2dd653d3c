import * as z from "zod";
import type { DiplomaInput, LbaClient } from "../index.js";
import { companySummary, offerSummary, summarizeCompany, summarizeOffer, summarizeTraining, trainingSummary } from "./items.js";
import { pageOf, pageShape, pageOutput, type PageArgs } from "./page.js";
import type { ResultMemo } from "./result-memo.js";
import { toolAnswer, type ToolResult } from "./tool-result.js";
import { resolveWhere, whereShape, type WhereArgs } from "./where.js";

const romesArg = z
  .array(z.string().regex(/^[A-Za-z][0-9]{4}$/))
  .min(1)
  .max(20)
  .optional()
  .describe('ROME codes of the jobs ("M1805"); find them from a job title with find_rome_codes.');
const diplomaArg = z.number().int().min(3).max(7).optional().describe("Diploma level aimed at: 3 (CAP) to 7 (Master, engineer).");

/** Input schema of `search_trainings`. */
export const searchTrainingsInput = {
  romes: romesArg,
  rome_domain: z.string().regex(/^[A-Za-z]([0-9]{2})?$/).optional().describe('A ROME domain instead of codes: a letter, or a letter and two digits ("M18").'),
  ...whereShape,
  diploma_level: diplomaArg,
  ...pageShape,
};

/** Input schema of `search_offers_and_companies`. */
export const searchJobsInput = {
  romes: romesArg,
  ...whereShape,
  diploma_level: diplomaArg,
  kind: z.enum(["offers", "companies", "both"]).optional().describe("Job offers, companies likely to hire apprentices (spontaneous applications), or both. Default both."),
  ...pageShape,
};

export const searchTrainingsOutput = pageOutput(trainingSummary);
export const searchJobsOutput = pageOutput(z.discriminatedUnion("kind", [offerSummary, companySummary]));

type TrainingsArgs = WhereArgs & PageArgs & { romes?: string[] | undefined; rome_domain?: string | undefined; diploma_level?: number | undefined };
type JobsArgs = WhereArgs & PageArgs & { romes?: string[] | undefined; diploma_level?: number | undefined; kind?: "offers" | "companies" | "both" | undefined };

/**
 * `search_trainings`: trainings in apprenticeship, one page of summaries.
 *
 * @example
 * ```ts
 * declare const client: LbaClient;
 * declare const memo: ResultMemo;
 * const result = await searchTrainings(client, memo, { romes: ["M1805"], place: "Rennes" });
 * ```
 */
export async function searchTrainings(client: LbaClient, memo: ResultMemo, args: TrainingsArgs): Promise<ToolResult> {
  const { where, label } = await resolveWhere(client, args);
  const items = await memo.get(["trainings", args.romes, args.rome_domain, label, args.diploma_level], async () => {
    const { formations } = await client.searchFormations({
      where,
      ...(args.romes ? { romes: args.romes } : {}),
      ...(args.rome_domain ? { romeDomain: args.rome_domain } : {}),
      ...(args.diploma_level !== undefined ? { diploma: args.diploma_level as DiplomaInput } : {}),
    });
    return formations.map(summarizeTraining).sort(byDistance);
  });
  const page = pageOf(items, args);
  const lines = page.items.map((t) => `- ${t.title ?? "?"} (${t.organisation ?? "?"}, ${t.city ?? "?"}${t.distance_km !== null ? `, ${t.distance_km} km` : ""}) id ${t.id ?? "?"}`);
  return toolAnswer({ ...page, where: label }, `${page.total} training(s) ${label}; showing ${page.returned} from ${page.offset}.${more(page.next_offset)}\n${lines.join("\n")}`);
}

/**
 * `search_offers_and_companies`: job offers and companies likely to hire apprentices (API key needed).
 *
 * @example
 * ```ts
 * declare const client: LbaClient;
 * declare const memo: ResultMemo;
 * const result = await searchJobs(client, memo, { romes: ["M1805"], department: "35", kind: "offers" });
 * ```
 */
export async function searchJobs(client: LbaClient, memo: ResultMemo, args: JobsArgs): Promise<ToolResult> {
  const { where, label, centre } = await resolveWhere(client, args);
  const kind = args.kind ?? "both";
  const items = await memo.get(["jobs", args.romes, label, args.diploma_level, kind], async () => {
    const { jobs, recruiters } = await client.searchCompanies({
      where,
      ...(args.romes ? { romes: args.romes } : {}),
      ...(args.diploma_level !== undefined ? { diploma: args.diploma_level as DiplomaInput } : {}),
    });
    return [...(kind === "companies" ? [] : jobs.map((job) => summarizeOffer(job, centre))), ...(kind === "offers" ? [] : recruiters.map((r) => summarizeCompany(r, centre)))].sort(byDistance);
  });
  const page = pageOf(items, args);
  const lines = page.items.map((i) => `- ${i.kind === "offer" ? `${i.title} at ${i.company ?? "?"}` : `${i.company ?? "?"} (company, spontaneous application)`}${i.city ? `, ${i.city}` : ""}${i.distance_km !== null ? `, ${i.distance_km} km` : ""}`);
  return toolAnswer({ ...page, where: label }, `${page.total} result(s) ${label}; showing ${page.returned} from ${page.offset}.${more(page.next_offset)}\n${lines.join("\n")}`);
}

function byDistance(a: { distance_km: number | null }, b: { distance_km: number | null }): number {
  return (a.distance_km ?? Infinity) - (b.distance_km ?? Infinity);
}

function more(next: number | null): string {
  return next === null ? "" : ` More with offset ${next}.`;
}

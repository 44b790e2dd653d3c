/*
 * Loaded with the first call of a client of today's API (see lazy.ts): the raw clients over the
 * HTTP stack, and the operations bound to them.
 */
import type { LiveContext } from "../core/context.js";
import { createJobsRawClient, createRawClient, createRouteClient } from "../core/live-raw-clients.js";
import type { FormationsPlan } from "../operations/common/formations-query.js";
import { geocode } from "../operations/common/geocode.js";
import type { PaginateOptions } from "../operations/common/paginate-options.js";
import type { AllPlan } from "../operations/live/all-query.js";
import { appointmentLink } from "../operations/live/appointment-link.js";
import { getFormation } from "../operations/live/get-formation.js";
import { getJob } from "../operations/live/get-job.js";
import type { JobsRequestPlan } from "../operations/live/jobs-query.js";
import { findMetiers, listMetiers, metiersForFormation, metiersForLabel } from "../operations/live/metiers.js";
import { paginateAll, paginateCompanies, paginateFormations } from "../operations/live/paginate.js";
import { searchAll } from "../operations/live/search-all.js";
import { searchCompanies } from "../operations/live/search-companies.js";
import { searchFormations } from "../operations/live/search-formations.js";
import { sendApplication } from "../operations/live/send-application.js";
import { buildCore } from "./runtime-core.js";
import type { ClientSettings } from "./settings.js";

/**
 * The operations of a client of today's API, bound to its HTTP stack.
 *
 * @example
 * ```ts
 * declare const settings: ClientSettings;
 * const runtime: LiveRuntime = liveRuntime(settings);
 * ```
 */
export function liveRuntime(settings: ClientSettings) {
  const { core, rawOptions, apiBase } = buildCore(settings);
  const ctx: LiveContext = {
    ...core,
    caller: rawOptions.caller,
    hasApiKey: settings.opts.apiKey !== undefined,
    // The facade's own client sends `caller` itself; `client.raw` adds it for the user's raw calls.
    lba: createRouteClient(rawOptions),
    jobs: createJobsRawClient({ baseUrl: apiBase, fetch: rawOptions.fetch, ...(rawOptions.headers ? { headers: rawOptions.headers } : {}) }),
  };
  return {
    searchFormations: searchFormations(ctx),
    getFormation: getFormation(ctx),
    searchCompanies: searchCompanies(ctx),
    getJob: getJob(ctx),
    searchAll: searchAll(ctx),
    findMetiers: findMetiers(ctx),
    listMetiers: listMetiers(ctx),
    metiersForFormation: metiersForFormation(ctx),
    metiersForLabel: metiersForLabel(ctx),
    sendApplication: sendApplication(ctx),
    appointmentLink: appointmentLink(ctx),
    geocode: geocode(ctx),
    paginateFormations: (plan: FormationsPlan, call: PaginateOptions) => paginateFormations(ctx, plan, call),
    paginateCompanies: (plans: readonly JobsRequestPlan[], call: PaginateOptions) => paginateCompanies(ctx, plans, call),
    paginateAll: (plan: AllPlan, call: PaginateOptions) => paginateAll(ctx, plan, call),
    // Built when `client.raw` is first used, not with the first call of a method.
    raw: () => createRawClient(rawOptions),
    rawJobs: ctx.jobs,
  };
}

/** What {@link liveRuntime} gives. */
export type LiveRuntime = ReturnType<typeof liveRuntime>;

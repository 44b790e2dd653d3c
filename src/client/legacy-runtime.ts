/*
 * Loaded with the first call of a client of the 2022 API (see lazy.ts): its raw client over the
 * HTTP stack, and the operations bound to it.
 */
import type { LegacyContext } from "../core/context.js";
import { createLegacyRawClient, createLegacyRouteClient } from "../core/legacy-raw-client.js";
import type { FormationsPlan } from "../operations/common/formations-query.js";
import { geocode } from "../operations/common/geocode.js";
import type { PaginateOptions } from "../operations/common/paginate-options.js";
import type { JobsRequestPlan } from "../operations/legacy/jobs-plan.js";
import { findMetiers, listMetiers, metiersForEtablissement, metiersForFormation } from "../operations/legacy/metiers.js";
import { paginateLegacyAll, paginateLegacyCompanies, paginateLegacyFormations } from "../operations/legacy/paginate.js";
import { searchAll } from "../operations/legacy/search-all.js";
import { searchCompanies } from "../operations/legacy/search-companies.js";
import { searchFormations } from "../operations/legacy/search-formations.js";
import { sendApplication } from "../operations/legacy/send-application.js";
import { buildCore } from "./runtime-core.js";
import type { ClientSettings } from "./settings.js";

/**
 * The operations of a client of the 2022 API, bound to its HTTP stack.
 *
 * @example
 * ```ts
 * declare const settings: ClientSettings;
 * const runtime: LegacyRuntime = legacyRuntime(settings);
 * ```
 */
export function legacyRuntime(settings: ClientSettings) {
  const { core, rawOptions } = buildCore(settings);
  // The facade's client adds `caller` while serializing; `client.raw` also has the safety net.
  const ctx: LegacyContext = { ...core, raw: createLegacyRouteClient(rawOptions) };
  return {
    searchFormations: searchFormations(ctx),
    searchCompanies: searchCompanies(ctx),
    searchAll: searchAll(ctx),
    findMetiers: findMetiers(ctx),
    listMetiers: listMetiers(ctx),
    metiersForFormation: metiersForFormation(ctx),
    metiersForEtablissement: metiersForEtablissement(ctx),
    sendApplication: sendApplication(ctx),
    geocode: geocode(ctx),
    paginateFormations: (plan: FormationsPlan, call: PaginateOptions) => paginateLegacyFormations(ctx, plan, call),
    paginateCompanies: (plans: readonly JobsRequestPlan[], call: PaginateOptions) => paginateLegacyCompanies(ctx, plans, call),
    paginateAll: (plans: readonly JobsRequestPlan[], call: PaginateOptions) => paginateLegacyAll(ctx, plans, call),
    // Built when `client.raw` is first used, not with the first call of a method.
    raw: () => createLegacyRawClient(rawOptions),
  };
}

/** What {@link legacyRuntime} gives. */
export type LegacyRuntime = ReturnType<typeof legacyRuntime>;

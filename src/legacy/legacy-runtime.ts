/*
 * Loaded with the first call of a client of the 2022 API (see client/lazy.ts): its context (the raw
 * client over the HTTP stack) for the methods of its table, its paginators and `client.raw`.
 */
import { buildCore } from "../client/runtime-core.js";
import type { ClientSettings } from "../client/settings.js";
import type { FormationsPlan } from "../operations/common/formations/formations-query.js";
import type { PaginateOptions } from "../operations/common/paginate/paginate-options.js";
import type { LegacyContext } from "./context.js";
import type { JobsRequestPlan } from "./operations/jobs/jobs-plan.js";
import { paginateLegacyAll, paginateLegacyCompanies, paginateLegacyFormations } from "./operations/paginate/paginate.js";
import { createLegacyRawClient, createLegacyRouteClient } from "./raw/legacy-raw-client.js";
import type * as Methods from "./operations/methods.js";

// Re-exported: the loader hands this module's namespace back as `methods` (see live-runtime.ts).
export * from "./operations/methods.js";

/**
 * The run time of a client of the 2022 API: its context and what is not in its method table.
 *
 * @example
 * ```ts
 * declare const settings: ClientSettings;
 * declare const operations: typeof import("./operations/methods.js");
 * const runtime: LegacyRuntime = legacyRuntime(settings, operations);
 * ```
 */
export function legacyRuntime(settings: ClientSettings, methods: typeof Methods) {
  const { core, rawOptions } = buildCore(settings);
  // The facade's client adds `caller` while serializing; `client.raw` also has the safety net.
  const ctx: LegacyContext = { ...core, raw: createLegacyRouteClient(rawOptions) };
  return {
    ctx,
    // The operations of the method table (legacy-methods.ts), bound to `ctx` by the stubs.
    methods,
    paginateFormations: (plan: FormationsPlan, callOptions: PaginateOptions) => paginateLegacyFormations(ctx, plan, callOptions),
    paginateCompanies: (plans: readonly JobsRequestPlan[], callOptions: PaginateOptions) => paginateLegacyCompanies(ctx, plans, callOptions),
    paginateAll: (plans: readonly JobsRequestPlan[], callOptions: PaginateOptions) => paginateLegacyAll(ctx, plans, callOptions),
    // Built when `client.raw` is first used, not with the first call of a method.
    raw: () => createLegacyRawClient(rawOptions),
  };
}

/** What {@link legacyRuntime} gives. */
export type LegacyRuntime = ReturnType<typeof legacyRuntime>;

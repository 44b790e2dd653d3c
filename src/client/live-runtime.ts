/*
 * Loaded with the first call of a client of today's API (see lazy.ts): the raw clients over the
 * HTTP stack, in the context the methods of the table (live-methods.ts) are bound to, and what is
 * not in the table (paginators, `client.raw`, `client.rawJobs`).
 */
import type { LiveContext } from "../core/context.js";
import { createJobsRawClient, createRawClient, createRouteClient } from "../core/live-raw-clients.js";
import type { FormationsPlan } from "../operations/common/formations/formations-query.js";
import type { PaginateOptions } from "../operations/common/paginate/paginate-options.js";
import type { AllPlan } from "../operations/live/all/all-query.js";
import type { JobSearch } from "../operations/live/jobs/jobs-query.js";
import { paginateAll, paginateCompanies, paginateFormations } from "../operations/live/paginate/paginate.js";
import { buildCore } from "./runtime-core.js";
// Not used here: imported so that a bundler splitting code (esbuild) gives the client's stubs and the
// widget the same set of entries as the checks they share with this chunk, and so puts them in one
// chunk with those checks: the first load of `createLbaClient` is one file instead of two, which gzip
// compresses together (-0.5 kB; `widgetIframe` alone and `export *` -0.6 kB), and Node's bundled
// entry stays 5 files (docs/size.md). Both are loaded already when this chunk runs: the main entry
// reaches them (an `import` of a module already loaded runs nothing).
import "./create-lba-client.js";
import "../widget/index.js";
import type { ClientSettings } from "./settings.js";
import type * as Methods from "../operations/live/methods.js";

// The operations are re-exported, and the loader hands this module's own namespace back as `methods`
// (live-client.ts): an `import * as` namespace compiles to esbuild's `__export` helper, a chunk of
// its own that every entry then imports (one more file at Node's `import`, issue 19).
export * from "../operations/live/methods.js";

/**
 * The run time of a client of today's API: its context and what is not in its method table.
 *
 * @example
 * ```ts
 * declare const settings: ClientSettings;
 * declare const operations: typeof import("../operations/live/methods.js");
 * const runtime: LiveRuntime = liveRuntime(settings, operations);
 * ```
 */
export function liveRuntime(settings: ClientSettings, methods: typeof Methods) {
  const { core, rawOptions, apiBase } = buildCore(settings);
  const ctx: LiveContext = {
    ...core,
    caller: rawOptions.caller,
    hasApiKey: settings.opts.apiKey !== undefined,
    // The facade's own client sends `caller` itself; `client.raw` adds it for the user's raw calls.
    lba: createRouteClient(rawOptions),
    jobs: createJobsRawClient({ baseUrl: apiBase, fetch: rawOptions.fetch, ...(rawOptions.headers ? { headers: rawOptions.headers } : {}) }),
    storage: { fetch: settings.opts.fetch, fetchOptions: settings.opts.fetchOptions, signal: settings.opts.signal, timeoutMs: settings.opts.timeoutMs },
  };
  return {
    ctx,
    // The operations of the method table (live-methods.ts), bound to `ctx` by the stubs.
    methods,
    paginateFormations: (plan: FormationsPlan, callOptions: PaginateOptions) => paginateFormations(ctx, plan, callOptions),
    paginateCompanies: (search: JobSearch, callOptions: PaginateOptions) => paginateCompanies(ctx, search, callOptions),
    paginateAll: (plan: AllPlan, callOptions: PaginateOptions) => paginateAll(ctx, plan, callOptions),
    // Built when `client.raw` is first used, not with the first call of a method.
    raw: () => createRawClient(rawOptions),
    rawJobs: ctx.jobs,
  };
}

/** What {@link liveRuntime} gives. */
export type LiveRuntime = ReturnType<typeof liveRuntime>;

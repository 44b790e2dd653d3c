import { checkCallOptions } from "../../../core/call-options.js";
import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { runRequest } from "../../../core/run-request.js";
import { LbaAbortError } from "../../../errors/lba-abort-error.js";
import { LbaApiError } from "../../../errors/lba-api-error.js";
import { LbaError } from "../../../errors/lba-error.js";
import { LbaNetworkError } from "../../../errors/lba-network-error.js";
import { LbaResponseValidationError } from "../../../errors/lba-response-validation-error.js";
import { LbaTimeoutError } from "../../../errors/lba-timeout-error.js";
import { withPoint } from "../jobs/jobs-answer.js";
import { requireApiKey } from "../api-key/require-api-key.js";
import type { ExportKit } from "./export-kit.js";
import type { ExportSettings } from "./export-start.js";
import type { ExportJobsOptions, JobsExport } from "./export-types.js";

const OWN_KEYS = ["onProgress", "onDropped", "maxResumes"];
// Handed to the export's chunk rather than imported by it (export-kit.ts says why).
const KIT: ExportKit = { LbaError, LbaAbortError, LbaApiError, LbaNetworkError, LbaResponseValidationError, LbaTimeoutError, withPoint, runRequest };

/**
 * `client.exportJobs(options?)`: every active offer and company at once (`GET /job/v1/export`, then
 * the file of its signed link), streamed. Checks its options before any request; the download,
 * the parser and their code load with the first call.
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * declare const settings: ExportSettings;
 * const exported = await exportJobs(ctx, settings)({ deadlineMs: 600_000 });
 * ```
 */
export function exportJobs(ctx: LiveContext, settings: ExportSettings = ctx.storage) {
  return (options?: ExportJobsOptions): LbaPromise<JobsExport> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions<ExportJobsOptions>(options, OWN_KEYS);
      requireApiKey(ctx, input);
      for (const key of ["onProgress", "onDropped"] as const) {
        const value = callOptions[key];
        if (value !== undefined && typeof value !== "function") input.add({ field: `options.${key}`, problem: `is a ${value === null ? "null" : typeof value}, not a function`, expected: `a function, e.g. ${key === "onProgress" ? "(p) => console.error(p.items)" : "(d) => console.warn(d.reason)"}` });
      }
      const max = callOptions.maxResumes;
      if (max !== undefined && !(typeof max === "number" && Number.isInteger(max) && max >= 0 && max <= 100)) {
        input.add({ field: "options.maxResumes", problem: "is not an integer from 0 to 100", expected: "a number of resumes in a row, e.g. 5", value: String(max) });
      }
      input.throwIfAny();
      // Its own chunk: the parser and the download load with the first export, not with the client.
      const { startExport } = await import("./export-start.js");
      return startExport(ctx, settings, callOptions, scope, KIT);
    });
}

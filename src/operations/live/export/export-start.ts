/*
 * The export's lazily loaded part (imported by `exportJobs` on its first call, so neither the
 * parser nor this code weighs on the SDK's first load): the first link, the deadline and the
 * signals, the item validation, and the iterable of items.
 */
import type { LiveContext } from "../../../core/context.js";
import type { CallScope } from "../../../core/response-meta.js";
import { combineSignals } from "../../../http/combine-signals.js";
import { loadValidation } from "../../../validation/validate.js";
import type { StorageAccess } from "./export-download.js";
import { kit, useKit, type ExportKit } from "./export-kit.js";
import type { ValidateItem } from "./export-items.js";
import { requestExportLink } from "./export-link.js";
import { exportStream } from "./export-stream.js";
import type { ExportItem, ExportJobsOptions, ExportProgress, JobsExport } from "./export-types.js";

/** The client's settings the download needs besides the context. */
export interface ExportSettings extends StorageAccess {
  /** The client's `signal`. */
  signal: AbortSignal | undefined;
  /** The client's `timeoutMs` (the idle time allowed to the download), when set. */
  timeoutMs: number | undefined;
}

const DEFAULT_IDLE_MS = 30_000;

/**
 * Gets the first link and returns the export, whose items download as they are iterated.
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * declare const settings: ExportSettings;
 * declare const exportKit: ExportKit;
 * const exported = await startExport(ctx, settings, {}, { responses: [] }, exportKit);
 * ```
 */
export async function startExport(ctx: LiveContext, settings: ExportSettings, options: ExportJobsOptions, scope: CallScope, given: ExportKit): Promise<JobsExport> {
  useKit(given);
  const { LbaAbortError, LbaError, LbaTimeoutError } = kit();
  const { onProgress, onDropped, maxResumes = 5, signal: callSignal, deadlineMs, ...callOptions } = options;
  const linked = combineSignals([settings.signal, callSignal]);
  const userAbort = linked.signal;
  // The export's own signal: the caller's abort as LbaAbortError, the deadline as LbaTimeoutError.
  const controller = new AbortController();
  const onAbort = (): void => controller.abort(new LbaAbortError({ method: "GET", url: "/job/v1/export", cause: userAbort.reason }));
  if (userAbort.aborted) onAbort();
  else userAbort.addEventListener("abort", onAbort, { once: true });
  const timer =
    deadlineMs === undefined ? undefined : setTimeout(() => controller.abort(new LbaTimeoutError({ timeoutMs: deadlineMs, kind: "deadline", method: "GET", url: "/job/v1/export" })), deadlineMs);
  // The deadline must not keep a process alive whose caller stopped iterating.
  (timer as { unref?: () => void } | undefined)?.unref?.();
  const release = (): void => {
    clearTimeout(timer);
    userAbort.removeEventListener("abort", onAbort);
    linked.dispose();
  };
  const signal = controller.signal;
  const mode = callOptions.validation ?? ctx.validation;
  try {
    const [link, engine] = await Promise.all([requestExportLink(ctx, callOptions, scope, signal), mode === "off" ? undefined : loadValidation()]);
    const progress: ExportProgress = { bytes: 0, totalBytes: undefined, items: 0, offers: 0, companies: 0, dropped: 0, resumes: 0, links: 1 };
    const deps = {
      link,
      renew: () => requestExportLink(ctx, callOptions, { responses: [] }, signal),
      access: { fetch: settings.fetch, fetchOptions: { ...settings.fetchOptions, ...callOptions.fetchOptions } },
      items: { mode, validate: engine?.checkAnswer as ValidateItem | undefined, onIssue: ctx.onValidationIssue, seen: ctx.seen },
      idleMs: callOptions.timeoutMs ?? settings.timeoutMs ?? DEFAULT_IDLE_MS,
      signal,
      release,
      maxResumes,
      progress,
      onProgress,
      onDropped,
    };
    let used = false;
    const items: AsyncIterable<ExportItem> = {
      [Symbol.asyncIterator]() {
        if (used) throw new LbaError("The export's items can be iterated once: call exportJobs() again for another pass");
        used = true;
        return exportStream(deps);
      },
    };
    return { lastUpdate: link.lastUpdate, items, progress };
  } catch (error) {
    release();
    throw signal.aborted ? signal.reason : error;
  }
}

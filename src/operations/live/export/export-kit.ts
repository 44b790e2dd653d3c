/*
 * What the export's lazy chunk takes from the rest of the SDK at run time, handed over by the
 * method (export-jobs.ts) instead of imported. Why: a module of the SDK's first load (the error
 * classes, withPoint) imported by this chunk too is moved by bundlers' code splitting (esbuild,
 * dist/modules/) into new shared chunks, which grew the first load of `createLbaClient` by 0.4 kB
 * gzip and the client's lazy code by 1 kB without adding a byte of code to them. Types are imported
 * as usual (they cost nothing at run time).
 */
import type { runRequest } from "../../../core/run-request.js";
import type { LbaAbortError } from "../../../errors/lba-abort-error.js";
import type { LbaApiError } from "../../../errors/lba-api-error.js";
import type { LbaError } from "../../../errors/lba-error.js";
import type { LbaNetworkError } from "../../../errors/lba-network-error.js";
import type { LbaResponseValidationError } from "../../../errors/lba-response-validation-error.js";
import type { LbaTimeoutError } from "../../../errors/lba-timeout-error.js";
import type { withPoint } from "../jobs/jobs-answer.js";

/** The classes and functions the export's chunk uses. */
export interface ExportKit {
  LbaError: typeof LbaError;
  LbaAbortError: typeof LbaAbortError;
  LbaApiError: typeof LbaApiError;
  LbaNetworkError: typeof LbaNetworkError;
  LbaResponseValidationError: typeof LbaResponseValidationError;
  LbaTimeoutError: typeof LbaTimeoutError;
  withPoint: typeof withPoint;
  runRequest: typeof runRequest;
}

let current: ExportKit | undefined;

/**
 * Installs the kit (every client hands over the same classes: the last one installed is as good).
 *
 * @example
 * ```ts
 * declare const k: ExportKit;
 * useKit(k);
 * ```
 */
export function useKit(k: ExportKit): void {
  current = k;
}

/**
 * The kit, once installed by `exportJobs`.
 *
 * @example
 * ```ts
 * const error = new (kit().LbaError)("The export was rebuilt during the download");
 * ```
 */
export function kit(): ExportKit {
  if (current === undefined) throw new Error("the export's kit is not installed (exportJobs installs it)");
  return current;
}

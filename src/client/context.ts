import type { LbaFetch } from "../http/index.js";
import type { LbaRawClient } from "./raw.js";
import type { LbaCallOptions, ValidationMode } from "./options.js";
import type { ValidationIssueReport } from "../validation/index.js";

/**
 * What every method of a client shares: the typed raw client, the HTTP stack (retries, limiter,
 * timeouts) and the validation settings. Methods are small functions of this context so each one
 * lives in its own file and can be tree-shaken by bundlers.
 */
export interface ClientContext {
  readonly raw: LbaRawClient;
  readonly http: LbaFetch;
  readonly baseUrl: string;
  readonly geocoderBaseUrl: string;
  readonly validation: ValidationMode;
  readonly onValidationIssue: ((issue: ValidationIssueReport) => void) | undefined;
  /** Kinds of drift already reported by this client: each is reported once. */
  readonly seen: Set<string>;
  readonly concurrency: number;
}

export type { LbaCallOptions };

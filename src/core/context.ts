import type { LbaFetch } from "../http/index.js";
import type { ValidationIssueReport, ValidationMode } from "../validation/index.js";
import type { LookupCache } from "./lookup-cache.js";
import type { ApiApprentissageRawClient, LbaLiveRawClient } from "./live-raw-clients.js";

/**
 * What every operation of a client shares, whatever the API generation (the 2022 one adds its own, in src/legacy/context.ts): the HTTP stack (retries,
 * limiter, timeouts), the validation settings, the fan-out bound and the lookup cache. Operations
 * are small functions of a context, so each lives in its own file and bundlers drop the unused ones.
 */
export interface CoreContext {
  readonly http: LbaFetch;
  /** La Bonne Alternance's origin (no trailing slash, no `/api`). */
  readonly baseUrl: string;
  readonly geocoderBaseUrl: string;
  readonly validation: ValidationMode;
  readonly onValidationIssue: ((issue: ValidationIssueReport) => void) | undefined;
  /** Kinds of drift already reported by this client: each is reported once. */
  readonly seen: Set<string>;
  /** Most requests in flight in one fan-out search. */
  readonly concurrency: number;
  /** Answers of lookups that rarely change, when the client enables the cache. */
  readonly cache: LookupCache | undefined;
}

/**
 * The context of today's API: the typed raw clients of La Bonne Alternance's live routes and of the
 * API Apprentissage gateway, the `caller` (sent only where a live route accepts it) and whether an
 * API key was given (the gateway's methods refuse to start without one).
 */
export interface LiveContext extends CoreContext {
  readonly lba: LbaLiveRawClient;
  readonly jobs: ApiApprentissageRawClient;
  readonly caller: string;
  readonly hasApiKey: boolean;
}

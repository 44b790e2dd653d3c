import type { LiveContext } from "../../../core/context.js";
import { inputCollector } from "../../../input/collector.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { LbaAbortError } from "../../../errors/lba-abort-error.js";
import { delay } from "../../../http/delay.js";
import { requireApiKey } from "../api-key/require-api-key.js";
import { requireOfferId } from "./offer-id.js";
import { readPublication, TRANSIENT_PUBLICATION_ERRORS, type JobPublication } from "./publication.js";
import { checkWaitOptions, type WaitForPublicationOptions } from "./wait-options.js";

/**
 * How a wait for publication ended.
 *
 * @example
 * ```ts
 * import type { PublicationWait } from "labonnealternance";
 * declare const wait: PublicationWait;
 * if (wait.outcome === "refused") console.warn(wait.publication?.error?.code);
 * ```
 */
export interface PublicationWait {
  /**
   * `"published"`: the last write is live. `"refused"`: `WILL_NOT_BE_PUBLISHED` with a lasting
   * reason (`publication.error`). `"timeout"`: still pending, or not found, when time ran out.
   */
  outcome: "published" | "refused" | "timeout";
  /** The last status read (`null`: the server never knew the id during the wait). */
  publication: JobPublication | null;
  /** Checks made (requests answered). */
  checks: number;
}

/**
 * `client.waitForPublication(id, options?)`: checks the publication status every `intervalMs`
 * until the write is published or refused, or `timeoutMs` has passed. A 404 means "not yet"; a
 * `WILL_NOT_BE_PUBLISHED` for `CLASSIFICATION_PENDING` (transient) keeps the wait going. Within
 * the route's 120 per minute (the limiter spaces the checks of several waits).
 */
export function waitForPublication(ctx: LiveContext) {
  return (id: string, options?: WaitForPublicationOptions): LbaPromise<PublicationWait> =>
    lbaPromise(async (scope) => {
      const input = inputCollector();
      requireApiKey(ctx, input);
      const code = input.check(() => requireOfferId(id, "id"));
      const wait = checkWaitOptions(options, input);
      input.throwIfAny();
      const { signal } = wait;
      const endAt = Date.now() + wait.timeoutMs;
      let publication: JobPublication | null = null;
      for (let checks = 1; ; checks++) {
        if (signal?.aborted) throw new LbaAbortError({ cause: signal.reason });
        publication = await readPublication(ctx, code!, { options: signal ? { signal } : {}, scope });
        wait.onCheck?.(publication);
        if (publication?.status === "PUBLISHED") return { outcome: "published", publication, checks };
        const reason = publication?.error?.code;
        if (publication?.status === "WILL_NOT_BE_PUBLISHED" && !(reason !== undefined && TRANSIENT_PUBLICATION_ERRORS.has(reason))) return { outcome: "refused", publication, checks };
        const left = endAt - Date.now();
        if (left <= 0) return { outcome: "timeout", publication, checks };
        try {
          await delay(Math.min(wait.intervalMs, left), signal);
        } catch (error) {
          throw new LbaAbortError({ cause: error });
        }
      }
    });
}

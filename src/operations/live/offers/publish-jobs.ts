import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { LiveContext } from "../../../core/context.js";
import { inputCollector } from "../../../input/collector.js";
import { own } from "../../../input/own.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { LbaError } from "../../../errors/lba-error.js";
import { LbaInputError } from "../../../errors/lba-input-error.js";
import type { OfferWrite } from "../../../query/offer-write/offer-write.js";
import { settleTasks } from "../../../search/settle-tasks.js";
import type { SearchTask } from "../../../search/task.js";
import { requireApiKey } from "../api-key/require-api-key.js";
import { checkOfferBody, partnerJobIdOf, writeResult } from "./offer-input.js";
import { postOffer } from "./post-offer.js";

/**
 * The outcome for one offer of `publishJobs`, at its `index` in the list given.
 *
 * @example
 * ```ts
 * import type { PublishJobsItem } from "labonnealternance";
 * declare const item: PublishJobsItem;
 * console.log(item.index, item.ok ? item.id : item.error.message);
 * ```
 */
export type PublishJobsItem = { index: number; partnerJobId: string | undefined } & ({ ok: true; id: string; ignoredFields: string[] } | { ok: false; error: LbaError });

/**
 * Progress of `publishJobs`, after each offer: how many are done, of how many, and the outcome
 * just known (record it: it is how a batch interrupted midway knows what got through).
 *
 * @example
 * ```ts
 * import type { PublishJobsProgress } from "labonnealternance";
 * const log = ({ done, total, item }: PublishJobsProgress) => console.log(`${done}/${total}`, item.ok ? item.id : item.error.name);
 * ```
 */
export interface PublishJobsProgress {
  done: number;
  total: number;
  item: PublishJobsItem;
}

/**
 * Options of `publishJobs`: the per-call options (its `signal` stops the batch) and a progress callback.
 *
 * @example
 * ```ts
 * import type { PublishJobsOptions } from "labonnealternance";
 * const options: PublishJobsOptions = { onProgress: ({ done, total }) => console.log(`${done}/${total}`), signal: AbortSignal.timeout(600_000) };
 * ```
 */
export interface PublishJobsOptions extends LbaCallOptions {
  /**
   * Called once per offer, as soon as its outcome is known (offers refused by the checks first).
   * @default undefined
   * @example ({ done, total }) => console.log(`${done}/${total}`)
   */
  onProgress?: (progress: PublishJobsProgress) => void;
}

/**
 * What `publishJobs` gives: one item per offer, in the order given.
 *
 * @example
 * ```ts
 * import type { PublishJobsResult } from "labonnealternance";
 * declare const result: PublishJobsResult;
 * const failed = result.items.filter((item) => !item.ok);
 * ```
 */
export interface PublishJobsResult {
  items: PublishJobsItem[];
  published: number;
  failed: number;
}

/**
 * `client.publishJobs(offers, options?)`: publishes many offers within the 30-per-minute limit
 * (the fan-out engine runs them, the limiter spaces them). Every offer is checked first: a bad
 * one gets its `LbaInputError` and sends nothing, the others go on; a failed request is that
 * offer's error, never the batch's. Offers with a `partner_job_id` make the batch safe to run
 * again after a crash (each is an update of the same offer) and are retried after timeouts and
 * 5xx; two offers of the batch with the same `partner_job_id` are sent one after the other.
 * Aborting (`options.signal`) stops the batch with `LbaAbortError`; `onProgress` has then told
 * every outcome known so far.
 */
export function publishJobs(ctx: LiveContext) {
  return (offers: readonly OfferWrite[], options?: PublishJobsOptions): LbaPromise<PublishJobsResult> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions<PublishJobsOptions>(options, ["onProgress"]);
      const onProgress = own(options, "onProgress");
      if (onProgress !== undefined && typeof onProgress !== "function") input.add({ field: "options.onProgress", problem: "is not a function", expected: "a function called after each offer" });
      requireApiKey(ctx, input);
      if (!Array.isArray(offers)) input.add({ field: "offers", problem: "is not a list", expected: "a list of offers to publish" });
      input.throwIfAny();

      const items: PublishJobsItem[] = new Array(offers.length);
      let done = 0;
      const settle = (item: PublishJobsItem): void => {
        items[item.index] = item;
        done++;
        (onProgress as PublishJobsOptions["onProgress"])?.({ done, total: offers.length, item });
      };
      const tasks: SearchTask<void>[] = [];
      // The last request of each partner_job_id: the next one with that id waits for it (two
      // concurrent upserts of a new id would both create it, and the second would fail).
      const previous = new Map<string, Promise<void>>();
      for (let index = 0; index < offers.length; index++) {
        const offer = offers[index];
        const partnerJobId = partnerJobIdOf(offer);
        const checks = inputCollector();
        const { idempotent } = await checkOfferBody(offer, checks, { update: false });
        try {
          checks.throwIfAny();
        } catch (error) {
          settle({ index, partnerJobId, ok: false, error: error as LbaInputError });
          continue;
        }
        const before = partnerJobId === undefined ? undefined : previous.get(partnerJobId);
        const run = async (signal: AbortSignal | undefined): Promise<void> => {
          try {
            await before;
            const { id, ignoredFields } = writeResult(await postOffer(ctx, offer, idempotent, { options: callOptions, signal, scope }), offer);
            settle({ index, partnerJobId, ok: true, id, ignoredFields });
          } catch (error) {
            settle({ index, partnerJobId, ok: false, error: error instanceof LbaError ? error : new LbaError(String(error), { cause: error }) });
          }
        };
        if (partnerJobId !== undefined) previous.set(partnerJobId, new Promise<void>((resolve) => tasks.push({ run: (signal) => run(signal).finally(resolve) })));
        else tasks.push({ run });
      }
      for await (const _ of settleTasks(tasks, { concurrency: ctx.concurrency, signal: callOptions.signal, failureMode: "collect" })) {
        // Each task records its own outcome as it settles (progress is per offer, not in plan order).
      }
      const published = items.filter((item) => item.ok).length;
      return { items, published, failed: items.length - published };
    });
}

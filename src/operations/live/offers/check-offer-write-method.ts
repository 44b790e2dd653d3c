import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import type { LbaInputIssue } from "../../../errors/lba-input-error.js";
import { checkOfferWrite } from "../../../query/offer-write/check-offer-write.js";

/**
 * `client.checkOfferWrite(offer, { update })`: the checks of `publishJob` / `updateJob` without a
 * request. A client method (not a top-level export) so the checks stay in the lazily loaded code.
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * const issues = await checkOfferWriteMethod(ctx)({ offer: { title: "Boulanger" } }); // [{ field: ..., problem: ..., expected: ... }, ...]
 * ```
 */
export function checkOfferWriteMethod(_ctx: LiveContext) {
  return (offer: unknown, options?: { update?: boolean }): LbaPromise<LbaInputIssue[]> => lbaPromise(() => checkOfferWrite(offer, options));
}

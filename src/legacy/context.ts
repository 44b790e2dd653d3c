import type { CoreContext } from "../core/context.js";
import type { LbaRawClient } from "./raw/raw-types.js";

/**
 * The context of the 2022 API's operations: what every client shares (HTTP stack, validation,
 * cache) plus the typed raw client over swagger.json's routes.
 *
 * @example
 * ```ts
 * declare const ctx: LegacyContext;
 * await ctx.raw.GET("/api/V1/metiers/all");
 * ```
 */
export interface LegacyContext extends CoreContext {
  readonly raw: LbaRawClient;
}

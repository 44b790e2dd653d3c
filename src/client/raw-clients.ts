/*
 * The public factories of the typed raw clients. They check their options at once and build the
 * openapi-fetch client on the first request (client/lazy.ts), so an app that imports the SDK for
 * its facade does not load openapi-fetch in its first bundle chunk.
 */
import type { LbaLiveRawClient } from "../core/live-raw-clients.js";
import { checkRawClientOptions, type RawClientOptions } from "../core/raw-client-options.js";
import { lazyRawClient } from "./lazy.js";

/**
 * Creates the typed raw client of today's La Bonne Alternance routes (openapi-fetch over the live
 * contract). `caller` is added to the requests of the routes that accept it (formations,
 * formationsParRegion, formations/formation/{id}) and to no other: a strict route such as
 * `/api/v1/metiers` answers 400 to it. Throws `LbaInputError` at once on bad options.
 *
 * @example
 * ```ts
 * import { createRawClient } from "labonnealternance";
 * const raw = createRawClient({ caller: "contact@mon-service.fr mon-service" });
 * const { data } = await raw.GET("/api/v1/metiers", { params: { query: { title: "boulanger" } } });
 * ```
 */
export function createRawClient(options: RawClientOptions): LbaLiveRawClient {
  // Checked now; the copy is what the caller cannot change later.
  const checked = { ...checkRawClientOptions(options), headers: options.headers };
  return lazyRawClient(() => import("./raw-runtime.js").then((module) => module.rawClientFrom(checked)));
}

import { lazyRawClient } from "../../client/lazy.js";
import { checkRawClientOptions, type RawClientOptions } from "../../core/raw-client-options.js";
import type { LbaRawClient } from "./raw-types.js";

/**
 * Creates the typed raw client of the 2022 API (swagger.json). Every route is typed from the spec;
 * `caller` is added to every request. Throws `LbaInputError` at once on bad options; openapi-fetch
 * is loaded with the first request.
 *
 * @example
 * ```ts
 * import { createLegacyRawClient } from "labonnealternance/legacy";
 * const raw = createLegacyRawClient({ caller: "contact@mon-service.fr mon-service", baseUrl: "http://localhost:5000" });
 * const { data, error } = await raw.GET("/api/V1/jobs", { params: { query: { romes: "M1805", sources: ["lba", "matcha"] } } });
 * ```
 */
export function createLegacyRawClient(options: RawClientOptions): LbaRawClient {
  // Checked now; the copy is what the caller cannot change later.
  const checked = { ...checkRawClientOptions(options), headers: options.headers };
  return lazyRawClient(() => import("./raw-runtime.js").then((module) => module.legacyRawClientFrom(checked)));
}

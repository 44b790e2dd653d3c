import type { Metier } from "../../schemas/index.js";

/**
 * Jobs (métiers) matching a free-text title, with their ROME codes.
 *
 * @example
 * ```ts
 * import { createLbaClient } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * const { metiers } = await client.findMetiers("boulanger");
 * const romes = metiers.flatMap((m) => m.romes ?? []);
 * ```
 */
export interface MetiersResult {
  /** Jobs of the La Bonne Alternance list (`labelsAndRomes`). */
  metiers: Metier[];
  /** Diplomas whose title matched, with their ROME and RNCP codes (`labelsAndRomesForDiplomas`; 2022 API only, empty today). */
  diplomas: Metier[];
}

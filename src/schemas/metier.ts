import * as z from "zod/mini";
import { field, text } from "./nullable-field.js";

/**
 * The `type` values of a metier entry the API is known to send.
 *
 * @example
 * ```ts
 * KNOWN_METIER_TYPES[0]; // "job"
 * ```
 */
export const KNOWN_METIER_TYPES = ["job", "diploma"] as const;

/**
 * A job family (or a diploma) with its ROME codes, from `GET /api/V1/metiers`. `rncps` only comes
 * with diplomas although the spec requires it.
 *
 * @example
 * ```ts
 * metierSchema.parse({ label: "Développement, intégration", romes: ["M1805"], type: "job" });
 * ```
 */
export const metierSchema = z.strictObject({
  label: z.string(),
  romes: z.array(z.string()),
  rncps: field(z.array(z.string())),
  type: z.enum(KNOWN_METIER_TYPES),
  romeTitles: field(z.array(z.strictObject({ codeRome: text, intitule: text }))),
});

/**
 * Answer of `GET /api/V1/metiers`.
 *
 * @example
 * ```ts
 * metiersResponseSchema.parse({ labelsAndRomes: [] });
 * ```
 */
export const metiersResponseSchema = z.strictObject({
  labelsAndRomes: z.array(metierSchema),
  labelsAndRomesForDiplomas: field(z.array(metierSchema)),
});

/**
 * Answer of `metiers/all`, `metiersParFormation/{cfd}` and `metiersParEtablissement/{siret}`: the
 * names, or `{ result: "not_found" | "error" }` with HTTP 200.
 *
 * @example
 * ```ts
 * metierNamesResponseSchema.parse({ result: "not_found" });
 * ```
 */
export const metierNamesResponseSchema = z.union([
  z.strictObject({ metiers: z.array(z.string()) }),
  z.looseObject({ result: z.enum(["not_found", "error"]), message: text, error: text }),
]);

import * as z from "zod/mini";
import { KNOWN_METIER_TYPES } from "./known-values.js";
import { field, text } from "./nullable-field.js";
import { openEnum, openObject } from "./open.js";

const metierTypeSchema = openEnum(KNOWN_METIER_TYPES);

/**
 * `type` of a metier entry: `"job"` or `"diploma"` today, possibly more.
 *
 * @example
 * ```ts
 * import type { MetierType } from "labonnealternance";
 * const type: MetierType = "job";
 * ```
 */
export type MetierType = z.output<typeof metierTypeSchema>;

const romeTitleObject = openObject({ codeRome: text, intitule: text });

/**
 * A ROME code with its title, in a metier entry.
 *
 * @example
 * ```ts
 * import type { RomeTitle } from "labonnealternance";
 * declare const title: RomeTitle;
 * console.log(title.codeRome, title.intitule);
 * ```
 */
export interface RomeTitle extends z.output<typeof romeTitleObject> {}
const romeTitleSchema: z.ZodMiniType<RomeTitle, z.input<typeof romeTitleObject>> = romeTitleObject;

const metierObject = openObject({
  label: z.string(),
  romes: z.array(z.string()),
  // Only diplomas carry rncps, although the 2022 spec requires them.
  rncps: field(z.array(z.string())),
  // Required by the 2022 spec, optional on today's server.
  type: z.optional(z.nullable(metierTypeSchema)),
  romeTitles: field(z.array(romeTitleSchema)),
});

/**
 * A job family (or a diploma) with its ROME codes, from `GET /api/v1/metiers?title=`.
 *
 * @example
 * ```ts
 * import type { Metier } from "labonnealternance";
 * declare const metier: Metier;
 * console.log(metier.label, metier.romes.join(","));
 * ```
 */
export interface Metier extends z.output<typeof metierObject> {}

/**
 * Schema of {@link Metier}.
 *
 * @example
 * ```ts
 * z.parse(metierSchema, { label: "Développement, intégration", romes: ["M1805"], type: "job" });
 * ```
 */
export const metierSchema: z.ZodMiniType<Metier, z.input<typeof metierObject>> = metierObject;

const metiersObject = openObject({
  labelsAndRomes: z.array(metierSchema),
  // 2022 servers only.
  labelsAndRomesForDiplomas: field(z.array(metierSchema)),
});

/**
 * Answer of `GET /api/v1/metiers?title=`.
 *
 * @example
 * ```ts
 * import type { MetiersResponse } from "labonnealternance";
 * declare const answer: MetiersResponse;
 * const romes = answer.labelsAndRomes.flatMap((m) => m.romes);
 * ```
 */
export interface MetiersResponse extends z.output<typeof metiersObject> {}

/**
 * Schema of {@link MetiersResponse}.
 *
 * @example
 * ```ts
 * z.parse(metiersResponseSchema, { labelsAndRomes: [] });
 * ```
 */
export const metiersResponseSchema: z.ZodMiniType<MetiersResponse, z.input<typeof metiersObject>> = metiersObject;

const namesObject = openObject({ metiers: z.array(z.string()) });
const lookupFailureObject = z.looseObject({ result: openEnum(["not_found", "error"]), message: text, error: text });
const metierNamesUnion = z.union([namesObject, lookupFailureObject]);

/**
 * Answer of `metiers/all`, `metiersParFormation/{cfd}` and (2022) `metiersParEtablissement/{siret}`:
 * the names, or (2022 servers) `{ result: "not_found" | "error" }` with HTTP 200.
 *
 * @example
 * ```ts
 * import type { MetierNamesResponse } from "labonnealternance";
 * declare const answer: MetierNamesResponse;
 * const names = "metiers" in answer ? answer.metiers : [];
 * ```
 */
export type MetierNamesResponse = z.output<typeof metierNamesUnion>;

/**
 * Schema of {@link MetierNamesResponse}.
 *
 * @example
 * ```ts
 * z.parse(metierNamesResponseSchema, { result: "not_found" });
 * ```
 */
export const metierNamesResponseSchema: z.ZodMiniType<MetierNamesResponse, z.input<typeof metierNamesUnion>> = metierNamesUnion;

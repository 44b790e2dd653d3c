/**
 * The OPCO labels today's job search takes (`opco` of `/job/v1/search`), exactly as the gateway's
 * contract lists them.
 *
 * @example
 * ```ts
 * import { OPCO_LABELS } from "labonnealternance";
 * OPCO_LABELS.includes("ATLAS"); // true
 * ```
 */
export const OPCO_LABELS = Object.freeze([
  "AFDAS",
  "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
  "ATLAS",
  "Constructys",
  "L'Opcommerce",
  "OCAPIAT",
  "OPCO 2i",
  "Opco entreprises de proximité",
  "Opco Mobilités",
  "Opco Santé",
  "Uniformation, l'Opco de la Cohésion sociale",
] as const);

/**
 * The two values of the server's own OPCO list (`OPCOS_LABEL`) that name no OPCO: a company's
 * `domain.opco` may hold them, and the server's validation of `opco=` lets them through, but the
 * gateway's contract (and so the SDK) does not offer them as a filter. The mock answers with them.
 *
 * @example
 * ```ts
 * OPCO_PLACEHOLDER_LABELS; // ["inconnu", "OPCO multiple"]
 * ```
 */
export const OPCO_PLACEHOLDER_LABELS = Object.freeze(["inconnu", "OPCO multiple"] as const);

import { answerList } from "../../../core/answer-list.js";
import type { Metier } from "../../../schemas/index.js";

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

/** What `findMetiers` takes, in the words of its error. @example `requireText(title, "title", TITLE_EXPECTED)` */
export const TITLE_EXPECTED = 'a job title of 1 to 200 characters, e.g. "boulanger"';
/** What `metiersForFormation` takes, in the words of its error. @example `requireText(cfd, "cfd", CFD_EXPECTED, CFD_PATTERN)` */
export const CFD_EXPECTED = 'a CFD code of 8 letters or digits, e.g. "50022137"';
/** A CFD code (a diploma's code in the Education nationale's list): 8 letters or digits. @example `CFD_PATTERN.test("50022137") // true` */
export const CFD_PATTERN = /^[0-9A-Za-z]{8}$/;

/**
 * The answer of a metiers search (both generations) as a {@link MetiersResult}.
 *
 * @example
 * ```ts
 * metiersResultOf({ labelsAndRomes: [], labelsAndRomesForDiplomas: [] }, "GET /api/v1/metiers"); // { metiers: [], diplomas: [] }
 * ```
 */
export function metiersResultOf(body: unknown, operation: string): MetiersResult {
  return { metiers: answerList(body, "labelsAndRomes", operation), diplomas: answerList(body, "labelsAndRomesForDiplomas", operation) };
}

/**
 * The job names of a `{ metiers: string[] }` answer (metiers/all, metiersParFormation...).
 *
 * @example
 * ```ts
 * metierNamesOf({ metiers: ["Boulanger"] }, "GET /api/v1/metiers/all"); // ["Boulanger"]
 * ```
 */
export function metierNamesOf(body: unknown, operation: string): string[] {
  return answerList<string>(body, "metiers", operation);
}

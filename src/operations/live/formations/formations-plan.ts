import { LbaInputError } from "../../../errors/lba-input-error.js";
import { own } from "../../../input/own.js";
import { planFormations, type FormationsPlan } from "../../common/formations/formations-query.js";

/**
 * A formations query checked against today's routes: the same as the 2022 one, except `opco`,
 * which today's trainings routes no longer read (they would ignore it without a word: the search
 * would silently cover every OPCO).
 *
 * @example
 * ```ts
 * planLiveFormations({ romes: "M1805", where: { kind: "department", code: "35" } }).areas.length; // 1
 * planLiveFormations({ romes: "M1805", opco: "akto" }); // LbaInputError on "query.opco"
 * ```
 */
export function planLiveFormations(query: unknown): FormationsPlan {
  if (own(query, "opco") !== undefined) {
    throw new LbaInputError({
      field: "query.opco",
      problem: "is not a filter of today's trainings routes (they would ignore it)",
      expected: "no opco for trainings; `searchCompanies` filters offers by OPCO",
    });
  }
  return planFormations(query, ["romes", "romeDomain", "where", "diploma"]);
}

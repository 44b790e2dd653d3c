/*
 * The operation of each method of the 2022 client, under the method's name (legacy-methods.ts is
 * the table they are listed in; the compiler checks that both hold the same names). Imported by the
 * client's run time only, so it is part of the lazily loaded request code.
 */
export { searchFormations } from "./search-formations.js";
export { searchCompanies } from "./search-companies.js";
export { searchAll } from "./search-all.js";
export { findMetiers, listMetiers, metiersForFormation, metiersForEtablissement } from "./metiers.js";
export { sendApplication } from "./send-application.js";
export { geocode } from "../../operations/common/geocode.js";

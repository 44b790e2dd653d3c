/*
 * The operation of each method of the 2022 client, under the method's name (legacy-methods.ts is
 * the table they are listed in; the compiler checks that both hold the same names). Imported by the
 * client's run time only, so it is part of the lazily loaded request code.
 */
export { searchFormations } from "./formations/search-formations.js";
export { searchCompanies } from "./jobs/search-companies.js";
export { searchAll } from "./all/search-all.js";
export { findMetiers, listMetiers, metiersForFormation, metiersForEtablissement } from "./metiers/metiers.js";
export { sendApplication } from "./applications/send-application.js";
export { geocode } from "../../operations/common/geocode/geocode.js";

/*
 * The operation of each method of today's client, under the method's name (client/live-methods.ts
 * is the table they are listed in; the compiler checks that both hold the same names). Imported by
 * the client's run time only, so it is part of the lazily loaded request code.
 */
export { searchFormations } from "./search-formations.js";
export { getFormation } from "./get-formation.js";
export { searchCompanies } from "./search-companies.js";
export { getJob } from "./get-job.js";
export { searchAll } from "./search-all.js";
export { findMetiers, listMetiers, metiersForFormation, metiersForLabel } from "./metiers.js";
export { sendApplication } from "./send-application.js";
export { appointmentLink } from "./appointment-link.js";
export { geocode } from "../common/geocode.js";

/*
 * The operation of each method of today's client, under the method's name (client/live-methods.ts
 * is the table they are listed in; the compiler checks that both hold the same names). Imported by
 * the client's run time only, so it is part of the lazily loaded request code.
 */
export { searchFormations } from "./formations/search-formations.js";
export { getFormation } from "./formations/get-formation.js";
export { searchCompanies } from "./jobs/search-companies.js";
export { getJob } from "./jobs/get-job.js";
export { searchAll } from "./all/search-all.js";
export { findMetiers, listMetiers, metiersForFormation, metiersForLabel } from "./metiers/metiers.js";
export { sendApplication } from "./applications/send-application.js";
export { appointmentLink } from "./appointments/appointment-link.js";
export { publishJob } from "./offers/publish-job.js";
export { updateJob } from "./offers/update-job.js";
export { getJobPublication } from "./offers/get-job-publication.js";
export { waitForPublication } from "./offers/wait-for-publication.js";
export { publishJobs } from "./offers/publish-jobs.js";
export { exportJobs } from "./export/export-jobs.js";
export { checkOfferWriteMethod as checkOfferWrite } from "./offers/check-offer-write-method.js";
export { geocode } from "../common/geocode/geocode.js";

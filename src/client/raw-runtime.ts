/*
 * Loaded with the first request of a standalone raw client (raw-clients.ts): the openapi-fetch
 * client of today's routes (the 2022 one is src/legacy/raw/).
 */
// From the checked options (raw-clients.ts checked them at creation): this chunk reaches no input
// check and no error class, so it adds no chunk to the first load of an app's bundle (docs/size.md).
export { rawClientFrom } from "../core/checked-raw-clients.js";

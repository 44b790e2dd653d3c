/*
 * Loaded with the first request of a standalone raw client (raw-clients.ts): the openapi-fetch
 * client of today's routes (the 2022 one is src/legacy/raw/).
 */
export { createRawClient } from "../core/live-raw-clients.js";

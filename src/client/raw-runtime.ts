/*
 * Loaded with the first request of a standalone raw client (raw-clients.ts): the openapi-fetch
 * clients of both API generations.
 */
export { createRawClient } from "../core/live-raw-clients.js";
export { createLegacyRawClient } from "../core/legacy-raw-client.js";

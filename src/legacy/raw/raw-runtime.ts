/*
 * Loaded with the first request of a standalone 2022 raw client (create-legacy-raw-client.ts): a
 * module of its own, so the client's run time may import the raw client statically while the
 * standalone factory imports it lazily.
 */
export { createLegacyRawClient } from "./legacy-raw-client.js";

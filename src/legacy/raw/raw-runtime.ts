/*
 * Loaded with the first request of a standalone 2022 raw client (create-legacy-raw-client.ts): a
 * module of its own, so the client's run time may import the raw client statically while the
 * standalone factory imports it lazily.
 */
// From the checked options (create-legacy-raw-client.ts checked them at creation).
export { legacyRawClientFrom } from "./checked-legacy-raw-client.js";

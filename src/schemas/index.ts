// What the rest of src/ takes from the schemas at run time: nothing that loads zod. The zod schemas
// themselves are in `./schemas.ts` (build time, tests); their types are re-exported here.
export type * from "./types.js";
export { parseApiErrorBody, type ApiErrorBodySummary } from "./error-body.js";
export { KNOWN_IDEA_TYPES, KNOWN_METIER_TYPES, KNOWN_PARTNER_LABELS, KNOWN_PUBLISHING_ERROR_CODES, KNOWN_WARNING_CODES } from "./known-values.js";
export { isNumericCoordinate, isNumericString } from "./numeric-string.js";
export type { ResponseSchemaKey, ResponseTypes } from "./registry.js";

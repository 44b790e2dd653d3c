export { loadValidation, type AnswerCheck, type ValidateOptions, type ValidationMode } from "./validate.js";
export { answerOrThrow, validateResponse } from "./validate-response.js";
export type { Report, ValidationIssueKind, ValidationIssueReport } from "./report.js";
export { formatPath, normalizePath } from "./path.js";
export type { ResponseSchemaKey, ResponseSchemaKey as ResponseKey, ResponseTypes } from "../schemas/registry.js";
import type { ResponseTypes } from "../schemas/registry.js";

/**
 * The normalized type of an operation's validated response.
 *
 * @example
 * ```ts
 * type F = ResponseOf<"formations">; // FormationsResponse
 * ```
 */
export type ResponseOf<K extends keyof ResponseTypes> = ResponseTypes[K];

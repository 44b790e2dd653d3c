/*
 * The engine's synchronous validation as the request path applies it: `checkAnswer` (the lazily
 * loaded engine returns a refusal rather than throwing) then `answerOrThrow` (the
 * `LbaResponseValidationError`). For the tests of the engine itself.
 */
import type { ResponseSchemaKey, ResponseTypes } from "../../src/schemas/registry.js";
import { checkAnswer } from "../../src/validation/engine.js";
import type { ValidateOptions } from "../../src/validation/validate.js";
import { answerOrThrow } from "../../src/validation/validate-response.js";

/** The validated answer, or the `LbaResponseValidationError` the request path would throw. */
export function validateAnswer<K extends ResponseSchemaKey>(key: K, data: unknown, options: ValidateOptions): ResponseTypes[K] {
  return answerOrThrow(checkAnswer(key, data, options), options.operation);
}

import * as z from "zod/mini";
import { text } from "./nullable-field.js";
import { openEnum, openObject } from "./open.js";

const responseObject = openObject({ result: openEnum(["ok", "error"]), message: text });

/**
 * Answer of the 2022 `POST /api/V1/application`: `{ result: "ok", message }`.
 *
 * @example
 * ```ts
 * import type { ApplicationResponse } from "labonnealternance";
 * declare const answer: ApplicationResponse;
 * if (answer.result !== "ok") console.warn(answer.message);
 * ```
 */
export interface ApplicationResponse extends z.output<typeof responseObject> {}

/**
 * Schema of {@link ApplicationResponse}.
 *
 * @example
 * ```ts
 * z.parse(applicationResponseSchema, { result: "ok", message: "messages sent" });
 * ```
 */
export const applicationResponseSchema: z.ZodMiniType<ApplicationResponse, z.input<typeof responseObject>> = responseObject;

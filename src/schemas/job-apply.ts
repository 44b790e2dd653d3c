import * as z from "zod/mini";
import { openObject } from "./open.js";

const applyObject = openObject({
  url: z.string(),
  phone: z.nullable(z.string()),
  // `partners_<24 hex>` or `recruiters_<24 hex>`; `null` (or absent) when the item can only be
  // applied to through `url`.
  recipient_id: z.optional(z.nullable(z.string())),
});

/**
 * How to apply to an offer or a company (today's API): `recipient_id` is what `POST /job/v1/apply`
 * takes; when it is `null`, only `url` works.
 *
 * @example
 * ```ts
 * import type { JobApply } from "labonnealternance";
 * declare const apply: JobApply;
 * const how = apply.recipient_id ? `API (${apply.recipient_id})` : apply.url;
 * ```
 */
export interface JobApply extends z.output<typeof applyObject> {}

/**
 * Schema of {@link JobApply}.
 *
 * @example
 * ```ts
 * z.parse(jobApplySchema, { url: "https://...", phone: null, recipient_id: null });
 * ```
 */
export const jobApplySchema: z.ZodMiniType<JobApply, z.input<typeof applyObject>> = applyObject;

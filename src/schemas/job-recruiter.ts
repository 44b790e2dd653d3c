import * as z from "zod/mini";
import { jobApplySchema } from "./job-apply.js";
import { jobWorkplaceSchema } from "./job-workplace.js";
import { openObject } from "./open.js";

const recruiterObject = openObject({
  identifier: openObject({ id: z.string() }),
  workplace: jobWorkplaceSchema,
  apply: jobApplySchema,
});

/**
 * A company likely to hire apprentices (`GET /job/v1/search` `recruiters[]`): no offer, a spontaneous
 * application goes to `apply.recipient_id`.
 *
 * @example
 * ```ts
 * import type { JobRecruiter } from "labonnealternance";
 * declare const company: JobRecruiter;
 * console.log(company.workplace.siret, company.apply.recipient_id);
 * ```
 */
export interface JobRecruiter extends z.output<typeof recruiterObject> {}

/**
 * Schema of {@link JobRecruiter}.
 *
 * @example
 * ```ts
 * declare const body: unknown;
 * const company = z.parse(jobRecruiterSchema, body);
 * ```
 */
export const jobRecruiterSchema: z.ZodMiniType<JobRecruiter, z.input<typeof recruiterObject>> = recruiterObject;

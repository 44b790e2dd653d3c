/**
 * Today's companies likely to hire (JobRecruiter), as the server's
 * `convertLbaCompanyToJobRecruiterApi` shapes them: no description, `name` is the legal name,
 * `apply.url` the company's page on La bonne alternance.
 */
import type { MockDepartment } from "../mock-api/data/departments.js";
import type { Random } from "../random.js";
import type { MockJobRecruiter } from "../types-live.js";
import type { JobTraits } from "./job-traits.js";
import { buildWorkplace, kebab } from "./live-workplace.js";

/** What a recruiter is built from. `group` is the ROME group it hires in ("M18"): not the searched code, so the same company looks the same whatever code found it. @example `{ rng, id, group: "M18", department, latitude: 47.2, longitude: -1.55, traits }` */
export interface RecruiterInput {
  rng: Random;
  id: string;
  group: string;
  department: MockDepartment;
  latitude: number;
  longitude: number;
  traits: JobTraits;
}

/**
 * Builds one recruiter.
 *
 * @example
 * ```ts
 * declare const input: RecruiterInput;
 * buildJobRecruiter(input).apply.recipient_id; // "partners_66f1…" or null
 * ```
 */
export function buildJobRecruiter(input: RecruiterInput): MockJobRecruiter {
  const { rng, id, traits } = input;
  // The group's letter drives trade names and NAF codes; "00" completes it into a ROME-like code.
  const workplace = buildWorkplace(rng, { rome: `${input.group}00`, department: input.department, latitude: input.latitude, longitude: input.longitude, zip: traits.zip, opco: traits.opco });
  workplace.name = workplace.legal_name;
  workplace.description = null;
  const title = workplace.legal_name ?? workplace.brand ?? "offre";
  return {
    identifier: { id },
    workplace,
    apply: {
      url: `https://labonnealternance.apprentissage.beta.gouv.fr/emploi/recruteurs_lba/${workplace.siret}/${kebab(title)}`,
      phone: rng.chance(0.4) ? `0${rng.int(1, 9)}${rng.digits(8)}` : null,
      recipient_id: traits.hasRecipient ? `partners_${id}` : null,
    },
  };
}

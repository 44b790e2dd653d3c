// The rights of API Apprentissage organisations: imported by the main entry, so free of imports.

/**
 * A right an organisation of API Apprentissage holds (its `habilitations`); every API key of the
 * organisation's users carries it. Granted by API Apprentissage's support, on request.
 *
 * @example
 * ```ts
 * import type { Habilitation } from "labonnealternance";
 * const needed: Habilitation = "jobs:write";
 * ```
 */
export type Habilitation = "jobs:write" | "appointments:write" | "applications:write";

/**
 * Where to ask for an habilitation or a higher limit: the contact the gateway's documentation gives.
 *
 * @example
 * ```ts
 * import { HABILITATION_CONTACT } from "labonnealternance";
 * console.log(`write to ${HABILITATION_CONTACT}`);
 * ```
 */
export const HABILITATION_CONTACT = "contact@labonnealternance.apprentissage.beta.gouv.fr";

/**
 * The La Bonne Alternance API's servers (from the spec's `servers` list).
 *
 * @example
 * ```ts
 * import { createRawClient, PRODUCTION_BASE_URL } from "labonnealternance";
 *
 * const client = createRawClient({ caller: "contact@example.org mon-service", baseUrl: PRODUCTION_BASE_URL });
 * ```
 */
export const PRODUCTION_BASE_URL = "https://labonnealternance.apprentissage.beta.gouv.fr";

/**
 * The staging ("recette") server: same API, test data, for integration tests of your own service.
 *
 * @example
 * ```ts
 * import { createRawClient, RECETTE_BASE_URL } from "labonnealternance";
 *
 * const client = createRawClient({ caller: "contact@example.org mon-service", baseUrl: RECETTE_BASE_URL });
 * ```
 */
export const RECETTE_BASE_URL = "https://labonnealternance-recette.apprentissage.beta.gouv.fr";

/**
 * The gateway's default base URL (API Apprentissage), with its `/api` path.
 *
 * @example
 * ```ts
 * const search = `${API_APPRENTISSAGE_BASE_URL}/job/v1/search`;
 * ```
 */
export const API_APPRENTISSAGE_BASE_URL = "https://api.apprentissage.beta.gouv.fr/api";

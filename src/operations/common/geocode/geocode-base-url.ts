/**
 * The national address geocoder (Base Adresse Nationale).
 * @example
 * ```ts
 * import { createLbaClient, GEOCODER_BASE_URL } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", geocoderBaseUrl: GEOCODER_BASE_URL });
 * ```
 */
export const GEOCODER_BASE_URL = "https://api-adresse.data.gouv.fr";

import { buildClient } from "../client/build-client.js";
import { legacyClient, type LegacyLbaClient } from "./legacy-client.js";
import { LEGACY_CLIENT_OPTION_KEYS, type LegacyLbaClientOptions } from "./legacy-options.js";

/**
 * Creates a client of the 2022 API of swagger.json (`/api/V1/...`: jobs, jobsEtFormations,
 * application, metiersParEtablissement), for copies of the server of that time: today's production
 * answers 404 to those routes. Same options, retries, limiter, validation and errors as
 * `createLbaClient`, without the API key. Every option is checked at once: bad options throw
 * `LbaInputError` naming each field, before any request.
 *
 * @example
 * ```ts
 * import { near } from "labonnealternance";
 * import { createLegacyLbaClient } from "labonnealternance/legacy";
 * const client = createLegacyLbaClient({ caller: "contact@mon-service.fr mon-service", baseUrl: "http://localhost:5000" });
 * const { peJobs, lbaCompanies, matchas } = await client.searchCompanies({ romes: "M1805", where: near(47.2184, -1.5536, { radius: 30, insee: "44109" }) });
 * ```
 */
export function createLegacyLbaClient(options: LegacyLbaClientOptions): LegacyLbaClient {
  return buildClient(options, LEGACY_CLIENT_OPTION_KEYS, legacyClient);
}

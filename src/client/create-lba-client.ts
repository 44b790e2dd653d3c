import { CLIENT_OPTION_KEYS } from "./check-client-options.js";
import { buildClient } from "./build-client.js";
import { liveClient, type LbaClient } from "./live-client.js";
import type { LbaClientOptions } from "./options.js";

/**
 * Creates a client of today's API. Every option is checked at once: bad options throw
 * `LbaInputError` naming each field, before any request. The 2022 API (swagger.json) has its own
 * entry: `createLegacyLbaClient` of `labonnealternance/legacy` (`legacy: true` here is an
 * `LbaInputError` saying so).
 *
 * @example
 * ```ts
 * import { createLbaClient, department, near } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: process.env.LBA_API_KEY });
 * const { formations } = await client.searchFormations({ romes: "M1805", where: department("35") });
 * const { jobs, recruiters } = await client.searchCompanies({ romes: "M1805", where: near(47.2184, -1.5536, { radius: 30 }) });
 * ```
 */
export function createLbaClient(options: LbaClientOptions): LbaClient {
  return buildClient(options, CLIENT_OPTION_KEYS, liveClient);
}

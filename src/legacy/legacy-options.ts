import { CLIENT_OPTION_KEYS } from "../client/check-client-options.js";
import type { LbaClientOptions } from "../client/options.js";

/**
 * Options of {@link createLegacyLbaClient}: those of `createLbaClient` but the API key and the
 * gateway (the 2022 API has neither). `baseUrl` is usually a copy of the 2022 server: production
 * answers 404 to the 2022 routes.
 *
 * @example
 * ```ts
 * import type { LegacyLbaClientOptions } from "labonnealternance/legacy";
 * const options: LegacyLbaClientOptions = { caller: "contact@mon-service.fr mon-service", baseUrl: "http://localhost:5000", timeoutMs: 10_000 };
 * ```
 */
export type LegacyLbaClientOptions = Omit<LbaClientOptions, "apiKey" | "apiApprentissageBaseUrl" | "legacy">;

/** Every key `createLegacyLbaClient` accepts: an API key given to it is refused, not silently dropped. */
export const LEGACY_CLIENT_OPTION_KEYS: readonly string[] = CLIENT_OPTION_KEYS.filter((key) => key !== "apiKey" && key !== "apiApprentissageBaseUrl" && key !== "legacy");

import { LbaApiError } from "./lba-api-error.js";

/**
 * HTTP 401 or 403 from the API Apprentissage gateway: the API key is missing, unknown, revoked, or
 * lacks the right for this route (then `habilitation` names it: publishing offers needs `jobs:write`,
 * appointment links `appointments:write`). Never retried (the same key would get the same answer).
 *
 * @example
 * ```ts
 * import { createLbaClient, LbaAuthError } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service", apiKey: "my-key" });
 * try {
 *   await client.searchCompanies({ romes: "M1805" });
 * } catch (error) {
 *   if (error instanceof LbaAuthError && error.habilitation) console.error(`ask for the ${error.habilitation} habilitation`);
 *   else if (error instanceof LbaAuthError) console.error(`API key refused (${error.status}): get one at https://api.apprentissage.beta.gouv.fr`);
 * }
 * ```
 */
export class LbaAuthError extends LbaApiError {
  static override readonly brand: string = "LbaAuthError";
  override name = "LbaAuthError";
  /**
   * On a 403 from a route that needs one, the habilitation the organisation of the API key lacks
   * (`"jobs:write"`, `"appointments:write"`, `"applications:write"`); the message says how to ask for it.
   */
  declare readonly habilitation: string | undefined;

  constructor(init: ConstructorParameters<typeof LbaApiError>[0] & { habilitation?: string | undefined }) {
    super({
      ...init,
      message:
        init.message ??
        `API Apprentissage refused the API key (${init.status}) on ${init.method} ${init.url}` +
          (init.messages && init.messages.length > 0 ? `: ${init.messages.join("; ")}` : "") +
          "; check the apiKey option (a personal key from your account on https://api.apprentissage.beta.gouv.fr)",
    });
    this.habilitation = init.habilitation;
  }
}

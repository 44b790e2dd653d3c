import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { LegacyContext } from "../../context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { runRequest } from "../../../core/run-request.js";
import { CFD_EXPECTED, CFD_PATTERN, metierNamesOf, metiersResultOf, TITLE_EXPECTED, type MetiersResult } from "../../../operations/common/metiers/metiers-result.js";
import { requireText } from "../../../operations/common/require-text.js";

const SIRET = 'a SIRET of 14 digits, e.g. "19350936100278"';

/** `client.findMetiers(title, options?)` of the 2022 API: ROME codes from a job title. */
export function findMetiers(ctx: LegacyContext) {
  return (title: string, options?: LbaCallOptions): LbaPromise<MetiersResult> =>
    lbaPromise(async (scope) => {
      const { options: call, input } = checkCallOptions(options);
      const text = input.check(() => requireText(title, "title", TITLE_EXPECTED));
      input.throwIfAny();
      const body = await runRequest(ctx, { key: "metiers", method: "GET", path: "/api/V1/metiers" }, { options: call, scope }, (init) =>
        ctx.raw.GET("/api/V1/metiers", { ...init, params: { query: { title: text! } } }),
      );
      const operation = "GET /api/V1/metiers";
      return metiersResultOf(body, operation);
    });
}

/** `client.listMetiers(options?)` of the 2022 API: every job name of the La Bonne Alternance list. */
export function listMetiers(ctx: LegacyContext) {
  return (options?: LbaCallOptions): LbaPromise<string[]> =>
    lbaPromise(async (scope) => {
      const { options: call, input } = checkCallOptions(options);
      input.throwIfAny();
      const path = "/api/V1/metiers/all";
      const body = await runRequest(ctx, { key: "metiersAll", method: "GET", path, cacheKey: `legacy ${path}` }, { options: call, scope }, (init) => ctx.raw.GET(path, { ...init }));
      return metierNamesOf(body, `GET ${path}`);
    });
}

/** `client.metiersForFormation(cfd, options?)` of the 2022 API; `null` when the server does not know the CFD. */
export function metiersForFormation(ctx: LegacyContext) {
  return (cfd: string, options?: LbaCallOptions): LbaPromise<string[] | null> =>
    lbaPromise(async (scope) => {
      const { options: call, input } = checkCallOptions(options);
      const code = input.check(() => requireText(cfd, "cfd", CFD_EXPECTED, CFD_PATTERN));
      input.throwIfAny();
      const path = "/api/V1/metiers/metiersParFormation/{cfd}";
      const body = await runRequest(ctx, { key: "metiersParFormation", method: "GET", path, notFound: "result", cacheKey: `legacy ${path} ${code}` }, { options: call, scope }, (init) =>
        ctx.raw.GET(path, { ...init, params: { path: { cfd: code! } } }),
      );
      return body === null ? null : metierNamesOf(body, `GET ${path}`);
    });
}

/** `client.metiersForEtablissement(siret, options?)` of the 2022 API; `null` when the server does not know it. */
export function metiersForEtablissement(ctx: LegacyContext) {
  return (siret: string, options?: LbaCallOptions): LbaPromise<string[] | null> =>
    lbaPromise(async (scope) => {
      const { options: call, input } = checkCallOptions(options);
      const code = input.check(() => requireText(siret, "siret", SIRET, /^[0-9]{14}$/));
      input.throwIfAny();
      const path = "/api/V1/metiers/metiersParEtablissement/{siret}";
      const body = await runRequest(ctx, { key: "metiersParEtablissement", method: "GET", path, notFound: "result" }, { options: call, scope }, (init) =>
        ctx.raw.GET(path, { ...init, params: { path: { siret: code! } } }),
      );
      return body === null ? null : metierNamesOf(body, `GET ${path}`);
    });
}

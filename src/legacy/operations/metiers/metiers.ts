import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { LegacyContext } from "../../context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { runRequest } from "../../../core/run-request.js";
import { CFD_EXPECTED, CFD_PATTERN, metierNamesOf, metiersResultOf, TITLE_EXPECTED, type MetiersResult } from "../../../operations/common/metiers/metiers-result.js";
import { textLookup } from "../../../operations/common/metiers/text-lookup.js";

const SIRET = 'a SIRET of 14 digits, e.g. "19350936100278"';

/** `client.findMetiers(title, options?)` of the 2022 API: ROME codes from a job title. */
export function findMetiers(ctx: LegacyContext): (title: string, options?: LbaCallOptions) => LbaPromise<MetiersResult> {
  return textLookup(ctx, {
    field: "title",
    expected: TITLE_EXPECTED,
    request: () => ({ key: "metiers", method: "GET", path: "/api/V1/metiers" }),
    send: (init, title) => ctx.raw.GET("/api/V1/metiers", { ...init, params: { query: { title } } }),
    read: (body, operation) => metiersResultOf(body, operation),
  });
}

/** `client.listMetiers(options?)` of the 2022 API: every job name of the La Bonne Alternance list. */
export function listMetiers(ctx: LegacyContext) {
  return (options?: LbaCallOptions): LbaPromise<string[]> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions(options);
      input.throwIfAny();
      const path = "/api/V1/metiers/all";
      const body = await runRequest(ctx, { key: "metiersAll", method: "GET", path, cacheKey: `legacy ${path}` }, { options: callOptions, scope }, (init) => ctx.raw.GET(path, { ...init }));
      return metierNamesOf(body, `GET ${path}`);
    });
}

/** `client.metiersForFormation(cfd, options?)` of the 2022 API; `null` when the server does not know the CFD. */
export function metiersForFormation(ctx: LegacyContext): (cfd: string, options?: LbaCallOptions) => LbaPromise<string[] | null> {
  const path = "/api/V1/metiers/metiersParFormation/{cfd}";
  return textLookup(ctx, {
    field: "cfd",
    expected: CFD_EXPECTED,
    pattern: CFD_PATTERN,
    request: (cfd) => ({ key: "metiersParFormation", method: "GET", path, notFound: "result", cacheKey: `legacy ${path} ${cfd}` }),
    send: (init, cfd) => ctx.raw.GET(path, { ...init, params: { path: { cfd } } }),
    read: (body, operation) => (body === null ? null : metierNamesOf(body, operation)),
  });
}

/** `client.metiersForEtablissement(siret, options?)` of the 2022 API; `null` when the server does not know it. */
export function metiersForEtablissement(ctx: LegacyContext): (siret: string, options?: LbaCallOptions) => LbaPromise<string[] | null> {
  const path = "/api/V1/metiers/metiersParEtablissement/{siret}";
  return textLookup(ctx, {
    field: "siret",
    expected: SIRET,
    pattern: /^[0-9]{14}$/,
    request: () => ({ key: "metiersParEtablissement", method: "GET", path, notFound: "result" }),
    send: (init, siret) => ctx.raw.GET(path, { ...init, params: { path: { siret } } }),
    read: (body, operation) => (body === null ? null : metierNamesOf(body, operation)),
  });
}

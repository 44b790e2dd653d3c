import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { LiveContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { answerList } from "../../../core/answer-list.js";
import { runRequest } from "../../../core/run-request.js";
import type { MetierIntitule } from "../../../schemas/index.js";
import { CFD_EXPECTED, CFD_PATTERN, metierNamesOf, metiersResultOf, TITLE_EXPECTED, type MetiersResult } from "../../common/metiers/metiers-result.js";
import { textLookup } from "../../common/metiers/text-lookup.js";

// Today's metiers routes are strict: `/api/v1/metiers` takes exactly title, romes, rncps and
// `/metiers/intitule` exactly label. Nothing else is sent to them, `caller` included (a 400 there).
const LABEL = 'the exact label of a job title, e.g. "Boulanger / Boulangère"';

/** `client.findMetiers(title, options?)` of today's API: ROME codes from a job title (`/api/v1/metiers`). */
export function findMetiers(ctx: LiveContext): (title: string, options?: LbaCallOptions) => LbaPromise<MetiersResult> {
  return textLookup(ctx, {
    field: "title",
    expected: TITLE_EXPECTED,
    request: () => ({ key: "metiers", method: "GET", path: "/api/v1/metiers" }),
    send: (init, title) => ctx.lba.GET("/api/v1/metiers", { ...init, params: { query: { title } } }),
    read: (body, operation) => metiersResultOf(body, operation),
  });
}

/** `client.listMetiers(options?)` of today's API: every job name (`/api/v1/metiers/all`). */
export function listMetiers(ctx: LiveContext) {
  return (options?: LbaCallOptions): LbaPromise<string[]> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions(options);
      input.throwIfAny();
      const path = "/api/v1/metiers/all";
      const body = await runRequest(ctx, { key: "metiersAll", method: "GET", path, cacheKey: path }, { options: callOptions, scope }, (init) => ctx.lba.GET(path, { ...init }));
      return metierNamesOf(body, `GET ${path}`);
    });
}

/** `client.metiersForFormation(cfd, options?)` of today's API; `null` when the server does not know the CFD. */
export function metiersForFormation(ctx: LiveContext): (cfd: string, options?: LbaCallOptions) => LbaPromise<string[] | null> {
  const path = "/api/v1/metiers/metiersParFormation/{cfd}";
  return textLookup(ctx, {
    field: "cfd",
    expected: CFD_EXPECTED,
    pattern: CFD_PATTERN,
    request: (cfd) => ({ key: "metiersParFormation", method: "GET", path, notFound: "result", cacheKey: `${path} ${cfd}` }),
    send: (init, cfd) => ctx.lba.GET(path, { ...init, params: { path: { cfd } } }),
    read: (body, operation) => (body === null ? null : metierNamesOf(body, operation)),
  });
}

/**
 * `client.metiersForLabel(label, options?)`: the ROME codes of an exact job-title label
 * (`/api/v1/metiers/intitule`), e.g. a label picked from `listMetiers()`. An empty list when the
 * label is unknown.
 */
export function metiersForLabel(ctx: LiveContext): (label: string, options?: LbaCallOptions) => LbaPromise<MetierIntitule[]> {
  const path = "/api/v1/metiers/intitule";
  return textLookup(ctx, {
    field: "label",
    expected: LABEL,
    request: (label) => ({ key: "metiersIntitule", method: "GET", path, cacheKey: `${path} ${label}` }),
    send: (init, label) => ctx.lba.GET(path, { ...init, params: { query: { label } } }),
    read: (body, operation) => answerList(body, "coupleAppellationRomeMetier", operation),
  });
}

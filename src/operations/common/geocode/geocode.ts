import { checkCallOptions, type LbaCallOptions } from "../../../core/call-options.js";
import type { CoreContext } from "../../../core/context.js";
import { lbaPromise, type LbaPromise } from "../../../core/lba-promise.js";
import { own, ownOr } from "../../../input/own.js";
import { runRequest } from "../../../core/run-request.js";
import { requireText } from "../require-text.js";

export { GEOCODER_BASE_URL } from "./geocode-base-url.js";

/**
 * One answer of the geocoder: a point, its town's INSEE code and a label. Usable directly as
 * `near(candidate, { radius })`.
 *
 * @example
 * ```ts
 * import { createLbaClient, near } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * const [nantes] = await client.geocode("Nantes", { type: "municipality" });
 * if (nantes) await client.searchFormations({ romes: "M1805", where: near(nantes, { radius: 30 }) });
 * ```
 */
export interface GeocodeCandidate {
  label: string;
  latitude: number;
  longitude: number;
  /** INSEE code of the town (the geocoder's `citycode`). */
  insee: string;
  postcode: string | null;
  city: string | null;
  /** `"44, Loire-Atlantique, Pays de la Loire"`. */
  context: string | null;
  /** Relevance, 0 to 1. */
  score: number | null;
  /** `"municipality"`, `"street"`, `"housenumber"`, `"locality"`. */
  type: string | null;
}

/**
 * Options of `client.geocode`.
 * @example
 * ```ts
 * import type { GeocodeOptions } from "labonnealternance";
 * const options: GeocodeOptions = { type: "municipality", limit: 1 };
 * ```
 */
export interface GeocodeOptions extends LbaCallOptions {
  /**
   * Most candidates returned.
   * @default 5
   * @example 1
   */
  limit?: number | undefined;
  /**
   * Only this kind of place.
   * @default undefined (all kinds)
   * @example "municipality"
   */
  type?: "municipality" | "street" | "housenumber" | "locality" | undefined;
  /**
   * Only places with this postcode.
   * @default undefined
   * @example "44000"
   */
  postcode?: string | undefined;
}

const TYPES = ["municipality", "street", "housenumber", "locality"];

/** `client.geocode(text, options?)`: candidates for an address or a town (both API generations). */
export function geocode(ctx: CoreContext) {
  return (text: string, options?: GeocodeOptions): LbaPromise<GeocodeCandidate[]> =>
    lbaPromise(async (scope) => {
      const { options: callOptions, input } = checkCallOptions<GeocodeOptions>(options, ["limit", "type", "postcode"]);
      // The geocoder rejects queries shorter than 3 characters or longer than 200.
      const q = input.check(() => requireText(typeof text === "string" && text.trim().length < 3 ? "" : text, "text", 'an address or a town name of 3 to 200 characters, e.g. "Nantes"'));
      const limit = ownOr(callOptions, "limit", 5);
      if (!(typeof limit === "number" && Number.isInteger(limit) && limit >= 1 && limit <= 50)) {
        input.add({ field: "options.limit", problem: "is not an integer from 1 to 50", expected: "1 to 50", value: typeof limit === "number" ? limit : typeof limit });
      }
      const type = own(callOptions, "type");
      if (type !== undefined && !TYPES.includes(type as string)) {
        input.add({ field: "options.type", problem: "is not a kind of place", expected: TYPES.map((t) => `"${t}"`).join(", "), value: typeof type === "string" ? type.slice(0, 40) : typeof type });
      }
      const postcode = own(callOptions, "postcode");
      if (postcode !== undefined && !(typeof postcode === "string" && /^[0-9]{5}$/.test(postcode))) {
        input.add({ field: "options.postcode", problem: "is not 5 digits", expected: 'a postcode such as "44000"', value: typeof postcode === "string" ? postcode.slice(0, 40) : typeof postcode });
      }
      input.throwIfAny();

      const url = new URL(`${ctx.geocoderBaseUrl}/search/`);
      url.searchParams.set("q", q!);
      url.searchParams.set("limit", String(limit));
      if (typeof type === "string") url.searchParams.set("type", type);
      if (typeof postcode === "string") url.searchParams.set("postcode", postcode);
      const body = await runRequest(ctx, { key: null, method: "GET", path: "/search/", cacheKey: `geocode ${url.search}` }, { options: callOptions, scope }, async (init) => {
        const response = await init.fetch(new Request(url, { headers: { accept: "application/json", ...init.headers } }));
        const raw = await response.text();
        const data = raw === "" ? null : (JSON.parse(raw) as unknown);
        return response.ok ? { data, response } : { error: data, response };
      });
      return toCandidates(body);
    });
}

/**
 * GeoJSON features to candidates. Features without a point or an INSEE code cannot feed a search
 * and are left out (the geocoder returns them for some kinds of places, e.g. streets without a town).
 *
 * @example
 * ```ts
 * toCandidates({ features: [{ geometry: { coordinates: [-1.55, 47.21] }, properties: { citycode: "44109", label: "Nantes" } }] });
 * ```
 */
export function toCandidates(body: unknown): GeocodeCandidate[] {
  const features = typeof body === "object" && body !== null ? (body as { features?: unknown }).features : undefined;
  if (!Array.isArray(features)) return [];
  const out: GeocodeCandidate[] = [];
  for (const feature of features) {
    if (typeof feature !== "object" || feature === null) continue;
    const geometry = (feature as { geometry?: unknown }).geometry;
    const coords = typeof geometry === "object" && geometry !== null ? (geometry as { coordinates?: unknown }).coordinates : undefined;
    const props = (feature as { properties?: unknown }).properties;
    const p = (typeof props === "object" && props !== null ? props : {}) as Record<string, unknown>;
    const lon = Array.isArray(coords) && typeof coords[0] === "number" ? coords[0] : NaN;
    const lat = Array.isArray(coords) && typeof coords[1] === "number" ? coords[1] : NaN;
    const insee = typeof p.citycode === "string" ? p.citycode : undefined;
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180 || !insee) continue;
    out.push({
      label: typeof p.label === "string" ? p.label : insee,
      latitude: lat,
      longitude: lon,
      insee,
      postcode: str(p.postcode),
      city: str(p.city),
      context: str(p.context),
      score: typeof p.score === "number" ? p.score : null,
      type: str(p.type),
    });
  }
  return out;
}

function str(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

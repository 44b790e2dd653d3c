import type { ClientContext } from "../client/context.js";
import { inputCollector } from "../client/input.js";
import type { LbaCallOptions } from "../client/options.js";
import { apiErrorFromResponse, toLbaError } from "../client/to-lba-error.js";
import { redactUrl } from "../http/index.js";

/**
 * The national address geocoder (Base Adresse Nationale).
 * @example `createLbaClient({ caller, geocoderBaseUrl: GEOCODER_BASE_URL })`
 */
export const GEOCODER_BASE_URL = "https://api-adresse.data.gouv.fr";

/**
 * One answer of the geocoder: a point, its town's INSEE code and a label. Usable directly as
 * `near(candidate, { radius })`, which is what the jobs searches need (they require the INSEE code).
 *
 * @example
 * ```ts
 * const [nantes] = await client.geocode("Nantes", { type: "municipality" });
 * await client.searchCompanies({ romes: "M1805", where: near(nantes!, { radius: 30 }) });
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
 * Options of {@link LbaClient.geocode}.
 * @example `await client.geocode("Nantes", { type: "municipality", limit: 1 })`
 */
export interface GeocodeOptions extends LbaCallOptions {
  /**
   * Most candidates returned.
   * @default 5
   * @example 1
   */
  limit?: number;
  /**
   * Only this kind of place.
   * @default undefined (all kinds)
   * @example "municipality"
   */
  type?: "municipality" | "street" | "housenumber" | "locality";
  /**
   * Only places with this postcode.
   * @default undefined
   * @example "44000"
   */
  postcode?: string;
}

/** `client.geocode(text, options?)`: candidates for an address or a town. */
export function geocode(ctx: ClientContext) {
  return async (text: string, options: GeocodeOptions = {}): Promise<GeocodeCandidate[]> => {
    const input = inputCollector();
    // The geocoder rejects queries shorter than 3 characters or longer than 200.
    if (typeof text !== "string" || text.trim().length < 3 || text.length > 200) {
      input.add({ field: "text", problem: "is not 3 to 200 characters of text", expected: "an address or a town name, e.g. \"Nantes\"", value: text });
    }
    const limit = options.limit ?? 5;
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) input.add({ field: "limit", problem: "is not an integer from 1 to 50", expected: "1 to 50", value: limit });
    if (options.postcode !== undefined && !/^[0-9]{5}$/.test(options.postcode)) {
      input.add({ field: "postcode", problem: "is not 5 digits", expected: "a postcode such as \"44000\"", value: options.postcode });
    }
    input.throwIfAny();

    const url = new URL(`${ctx.geocoderBaseUrl}/search/`);
    url.searchParams.set("q", text);
    url.searchParams.set("limit", String(limit));
    if (options.type) url.searchParams.set("type", options.type);
    if (options.postcode) url.searchParams.set("postcode", options.postcode);
    const shown = redactUrl(url.toString());
    let response: Response;
    let body: unknown;
    try {
      response = await ctx.http(new Request(url, { headers: { accept: "application/json" } }), {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.deadlineMs !== undefined ? { deadlineMs: options.deadlineMs } : {}),
        ...(options.retry !== undefined ? { retry: options.retry } : {}),
      });
      const raw = await response.text();
      body = raw === "" ? null : JSON.parse(raw);
    } catch (error) {
      throw toLbaError(error, "GET", shown);
    }
    if (!response.ok) throw apiErrorFromResponse(response, body, "GET", shown);
    return toCandidates(body);
  };
}

/**
 * GeoJSON features to candidates. Features without a point or an INSEE code cannot feed a search
 * and are left out (the geocoder returns them for some kinds of places, e.g. streets without a town).
 */
export function toCandidates(body: unknown): GeocodeCandidate[] {
  const features = (body as { features?: unknown } | null)?.features;
  if (!Array.isArray(features)) return [];
  const out: GeocodeCandidate[] = [];
  for (const feature of features) {
    const coords = (feature as { geometry?: { coordinates?: unknown } } | null)?.geometry?.coordinates;
    const p = ((feature as { properties?: unknown } | null)?.properties ?? {}) as Record<string, unknown>;
    const lon = Array.isArray(coords) ? Number(coords[0]) : NaN;
    const lat = Array.isArray(coords) ? Number(coords[1]) : NaN;
    const insee = typeof p.citycode === "string" ? p.citycode : undefined;
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || !insee) continue;
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

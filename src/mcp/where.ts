import * as z from "zod";
import { department, france, LbaInputError, near, region, type LbaClient, type Where } from "../index.js";

/**
 * The "where" arguments every search tool takes. An assistant passes what the person typed: a town
 * ("Saint-Étienne", "75011 Paris"), a department ("35", "Ille-et-Vilaine", "finistere") or a region
 * ("Bretagne", "IDF"); a point is accepted too. One of them, or none for all of France.
 */
export const whereShape = {
  place: z.string().min(1).max(120).optional().describe('A town or address in France as the person typed it ("Rennes", "Saint-Étienne", "75011 Paris"). Geocoded, then searched around within radius_km.'),
  latitude: z.number().min(-90).max(90).optional().describe("Latitude of the centre (WGS84), with longitude, instead of place."),
  longitude: z.number().min(-180).max(180).optional().describe("Longitude of the centre (WGS84), with latitude."),
  radius_km: z.number().int().min(1).max(200).optional().describe("Search radius around place or the point, in km (1 to 200). Default 30."),
  department: z.string().min(1).max(60).optional().describe('A department, by code or name ("35", "2A", "974", "Ille-et-Vilaine", "cotes d armor").'),
  region: z.string().min(1).max(60).optional().describe('A region, by code or name ("53", "Bretagne", "Île-de-France", "PACA").'),
};

/** The parsed "where" arguments. */
export type WhereArgs = { [K in keyof typeof whereShape]?: z.infer<(typeof whereShape)[K]> | undefined };

/** A resolved place: what the SDK searches, and how to say it back to the person. */
export interface ResolvedWhere {
  where: Where;
  /** `within 30 km of Rennes (35000)`, `in department 35 Ille-et-Vilaine`, `in all of France`. */
  label: string;
  /** The centre of a search around a point. */
  centre?: { latitude: number; longitude: number };
}

const DEFAULT_RADIUS_KM = 30;

/**
 * Turns the tool's place arguments into the SDK's `where`. A text place is tried as a department or
 * region name first (people say "dans le Finistère"), then geocoded; errors are `LbaInputError`s
 * naming the argument, like the SDK's own.
 *
 * @example
 * ```ts
 * declare const client: LbaClient;
 * const { where, label } = await resolveWhere(client, { place: "Rennes", radius_km: 20 });
 * ```
 */
export async function resolveWhere(client: Pick<LbaClient, "geocode">, args: WhereArgs): Promise<ResolvedWhere> {
  const given = (["place", "department", "region"] as const).filter((key) => args[key] !== undefined);
  const point = args.latitude !== undefined || args.longitude !== undefined;
  if (given.length + (point ? 1 : 0) > 1) {
    throw new LbaInputError({ field: "place", problem: `is given more than once (${[...given, ...(point ? ["latitude/longitude"] : [])].join(", ")})`, expected: "one of place, latitude+longitude, department or region (or none for all of France)" });
  }
  if (args.radius_km !== undefined && args.place === undefined && !point) {
    throw new LbaInputError({ field: "radius_km", problem: "goes with place or latitude/longitude only", expected: "place (or latitude and longitude) with radius_km, or no radius_km" });
  }
  const radius = args.radius_km ?? DEFAULT_RADIUS_KM;
  if (point) {
    if (args.latitude === undefined || args.longitude === undefined) {
      throw new LbaInputError({ field: args.latitude === undefined ? "latitude" : "longitude", problem: "is missing", expected: "both latitude and longitude" });
    }
    const centre = { latitude: args.latitude, longitude: args.longitude };
    return { where: near(centre.latitude, centre.longitude, { radius }), label: `within ${radius} km of ${centre.latitude},${centre.longitude}`, centre };
  }
  if (args.department !== undefined) return labelled(department(args.department));
  if (args.region !== undefined) return labelled(region(args.region));
  if (args.place === undefined) return { where: france(), label: "in all of France" };

  const area = areaNamed(args.place);
  if (area && args.radius_km === undefined) return labelled(area);
  const [candidate] = await client.geocode(args.place, { limit: 1 });
  if (!candidate) {
    throw new LbaInputError({ field: "place", problem: "was not found by the national address geocoder", expected: 'a French town or address ("Rennes", "13001 Marseille"), or department / region', value: args.place });
  }
  return {
    where: near(candidate.latitude, candidate.longitude, { radius, insee: candidate.insee }),
    label: `within ${radius} km of ${candidate.label}${candidate.postcode ? ` (${candidate.postcode})` : ""}`,
    centre: { latitude: candidate.latitude, longitude: candidate.longitude },
  };
}

/** A department or region whose name (not code) is exactly this text, accents and case aside. */
function areaNamed(text: string): ReturnType<typeof department> | ReturnType<typeof region> | undefined {
  if (/^[0-9]/.test(text.trim())) return undefined; // "75011 Paris" is an address, not a department code
  for (const build of [region, department]) {
    try {
      return build(text);
    } catch {
      // not that kind of area: try the next, then the geocoder
    }
  }
  return undefined;
}

function labelled(area: ReturnType<typeof department> | ReturnType<typeof region>): ResolvedWhere {
  return { where: area, label: `in ${area.kind} ${area.code} ${area.name}` };
}

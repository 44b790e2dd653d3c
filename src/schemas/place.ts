import * as z from "zod/mini";
import { coordinateSchema } from "./coordinate.js";
import { flag, numeric, text } from "./nullable-field.js";
import { openObject } from "./open.js";

/**
 * The fields of a place, also used loosely by partner offers.
 *
 * @example
 * ```ts
 * const loosePlace = z.looseObject(placeFields);
 * ```
 */
export const placeFields = {
  distance: numeric,
  fullAddress: text,
  latitude: coordinateSchema,
  longitude: coordinateSchema,
  city: text,
  address: text,
  cedex: text,
  zipCode: text,
  insee: text,
  departementNumber: text,
  region: text,
  // Today's server adds these.
  numberAndStreet: text,
  remoteOnly: flag,
};

const placeObject = openObject(placeFields);

/**
 * A place (training site, company address). Coordinates are always `number | null` after
 * validation: the server sends numbers or numeric strings.
 *
 * @example
 * ```ts
 * import type { Place } from "labonnealternance";
 * declare const place: Place;
 * if (place.latitude != null && place.longitude != null) console.log(place.latitude, place.longitude, place.distance);
 * ```
 */
export interface Place extends z.output<typeof placeObject> {}

/**
 * Schema of {@link Place}.
 *
 * @example
 * ```ts
 * z.parse(placeSchema, { latitude: "48.1", longitude: -1.6 }); // { latitude: 48.1, longitude: -1.6 }
 * ```
 */
export const placeSchema: z.ZodMiniType<Place, z.input<typeof placeObject>> = placeObject;

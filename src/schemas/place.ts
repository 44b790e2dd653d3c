import * as z from "zod/mini";
import { coordinateSchema } from "./coordinate.js";
import { flag, numeric, text } from "./nullable-field.js";

/**
 * A place (training site, company address). Coordinates are normalized to `number | null`.
 *
 * @example
 * ```ts
 * placeSchema.parse({ latitude: "48.1", longitude: -1.6 }); // { latitude: 48.1, longitude: -1.6 }
 * ```
 */
export const placeSchema = z.strictObject({
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
});

import type { LbaInputIssue } from "../errors/index.js";

/**
 * A French territory the SDK accepts points in: a generous box around it (a border town's search
 * circle reaches French places, so a point just across a border or off the coast passes).
 */
export interface Territory {
  /** French name, as shown in errors. */
  readonly name: string;
  readonly south: number;
  readonly north: number;
  readonly west: number;
  readonly east: number;
}

// Boxes with a margin of 0.2° to 1° around the land. Every inhabited French territory is here, the
// collectivités included (their searches may find little, but a point there is no mistake); the
// uninhabited ones (TAAF, Clipperton) are not. The boxes are far apart enough that a swapped point
// (longitude given as latitude) of any of them falls outside all of them.
const TABLE: readonly Territory[] = [
  { name: "metropolitan France and Corsica", south: 41, north: 51.5, west: -5.8, east: 10 },
  { name: "Guadeloupe", south: 15.5, north: 16.8, west: -62, east: -60.8 },
  { name: "Martinique", south: 14.2, north: 15, west: -61.4, east: -60.6 },
  { name: "Saint-Martin and Saint-Barthélemy", south: 17.7, north: 18.2, west: -63.3, east: -62.6 },
  { name: "Guyane", south: 2, north: 6, west: -55, east: -51 },
  { name: "La Réunion", south: -21.6, north: -20.7, west: 55, east: 56 },
  { name: "Mayotte", south: -13.2, north: -12.5, west: 44.9, east: 45.5 },
  { name: "Saint-Pierre-et-Miquelon", south: 46.6, north: 47.3, west: -56.6, east: -55.9 },
  { name: "Wallis-et-Futuna", south: -14.5, north: -13, west: -178.4, east: -175.9 },
  { name: "Polynésie française", south: -28, north: -7.5, west: -155, east: -134 },
  { name: "Nouvelle-Calédonie", south: -23, north: -18.9, west: 163, east: 168.5 },
];

/**
 * The territories `near()` accepts points in (see the README, "Where: the query builders").
 *
 * @example
 * ```ts
 * FRANCE_TERRITORIES.map((t) => t.name); // ["metropolitan France and Corsica", "Guadeloupe", ...]
 * ```
 */
export const FRANCE_TERRITORIES: readonly Territory[] = Object.freeze(TABLE.map((t) => Object.freeze({ ...t })));

/**
 * The territory a point is in, or `undefined` outside France and its overseas territories.
 *
 * @example
 * ```ts
 * territoryOf(48.11, -1.68)?.name; // "metropolitan France and Corsica" (Rennes)
 * territoryOf(-1.68, 48.11);       // undefined (swapped: the Indian Ocean)
 * ```
 */
export function territoryOf(latitude: number, longitude: number): Territory | undefined {
  return FRANCE_TERRITORIES.find((t) => latitude >= t.south && latitude <= t.north && longitude >= t.west && longitude <= t.east);
}

/**
 * The issue of a point (valid numbers in range) outside France and its overseas territories, or
 * `undefined` when it is inside. When the swapped point is in France, the issue says so: the most
 * common mistake is `near(longitude, latitude)` (GeoJSON writes `[longitude, latitude]`).
 *
 * @example
 * ```ts
 * outsideFranceIssue(-1.68, 48.11, "latitude, longitude")?.problem;
 * // "is outside France and its overseas territories; latitude and longitude look swapped: (48.11, -1.68) is in metropolitan France and Corsica"
 * ```
 */
export function outsideFranceIssue(latitude: number, longitude: number, field: string): LbaInputIssue | undefined {
  if (territoryOf(latitude, longitude)) return undefined;
  const swapped = Math.abs(longitude) <= 90 ? territoryOf(longitude, latitude) : undefined;
  return {
    field,
    problem: swapped
      ? `is outside France and its overseas territories; latitude and longitude look swapped: (${longitude}, ${latitude}) is in ${swapped.name}`
      : "is outside France and its overseas territories",
    expected: swapped
      ? `the latitude first: near(${longitude}, ${latitude})`
      : "a point in France (metropolitan, Corsica, overseas departments and collectivités) as near(latitude, longitude), latitude first, e.g. near(48.11, -1.68) for Rennes",
    value: { latitude, longitude },
  };
}

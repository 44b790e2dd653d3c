import type { LbaInputIssue } from "../errors/index.js";

// French territories as boxes `south, north, west, east`, with a margin of 0.3° to 1° around the land
// (a border town's search circle reaches French places, so a point just across a border or off the
// coast passes). Every inhabited French territory is here, the collectivités included (their
// searches may find little, but a point there is no mistake); the uninhabited ones (TAAF,
// Clipperton) are not. The boxes are far enough apart that the swapped point (longitude given as
// latitude) of any of them falls outside all of them. Plain numbers: this is in every bundle.
// prettier-ignore
const BOXES: readonly number[] = [
  41, 51.5, -6, 10, // metropolitan France and Corsica
  14, 18.5, -63.5, -60.5, // Antilles: Martinique, Guadeloupe, Saint-Barthélemy, Saint-Martin (and the islands between)
  2, 6, -55, -51, // Guyane
  -22, -20.5, 55, 56, // La Réunion
  -13.5, -12.5, 44.5, 45.5, // Mayotte
  46.5, 47.5, -57, -55.5, // Saint-Pierre-et-Miquelon
  -15, -13, -179, -175, // Wallis-et-Futuna
  -28, -7.5, -155, -134, // Polynésie française
  -23, -19, 163, 169, // Nouvelle-Calédonie
];

/**
 * The boxes, four numbers each (`south, north, west, east`), for tests and pickers.
 *
 * @example
 * ```ts
 * FRANCE_BOXES.length / 4; // 9 boxes
 * ```
 */
export const FRANCE_BOXES = BOXES;

/**
 * Whether a point is in France or its overseas territories (the boxes above).
 *
 * @example
 * ```ts
 * isInFrance(48.11, -1.68); // true (Rennes)
 * isInFrance(-1.68, 48.11); // false (swapped: the Indian Ocean)
 * ```
 */
export function isInFrance(latitude: number, longitude: number): boolean {
  for (let i = 0; i < BOXES.length; i += 4) {
    if (latitude >= BOXES[i]! && latitude <= BOXES[i + 1]! && longitude >= BOXES[i + 2]! && longitude <= BOXES[i + 3]!) return true;
  }
  return false;
}

/**
 * Adds the issue of a point (valid numbers in range) outside France and its overseas territories.
 * When the swapped point is in France, the issue says so: the most common mistake is
 * `near(longitude, latitude)` (GeoJSON writes `[longitude, latitude]`).
 *
 * @example
 * ```ts
 * const issues: LbaInputIssue[] = [];
 * checkInFrance(-1.68, 48.11, "latitude, longitude", issues);
 * issues[0]?.expected; // "the latitude first: near(48.11, -1.68)"
 * ```
 */
export function checkInFrance(latitude: number, longitude: number, field: string, issues: LbaInputIssue[]): void {
  if (isInFrance(latitude, longitude)) return;
  // A longitude beyond 90 is no latitude: isInFrance says false for it.
  const swapped = isInFrance(longitude, latitude);
  issues.push({
    field,
    problem: `is outside France and its overseas territories${swapped ? ": latitude and longitude swapped?" : ""}`,
    expected: swapped ? `the latitude first: near(${longitude}, ${latitude})` : "near(latitude, longitude) in France or its overseas territories",
    value: { latitude, longitude },
  });
}

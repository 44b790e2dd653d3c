import type { MockDepartment } from "../mock-api/data/departments.js";
import { postalPrefix, MOCK_REGION_NAMES } from "../mock-api/data/departments.js";
import { streetAddress } from "../mock-api/data/names.js";
import type { Random } from "../random.js";

/**
 * Everything an item builder needs to know about one generated entity: its own random stream
 * (seeded from the entity's identity, so the same entity always comes out the same), where it is,
 * which ROME code it was generated for, and its distance to the search centre (`null` when the
 * search had no centre).
 *
 * @example
 * ```ts
 * declare const rng: Random;
 * declare const department: MockDepartment;
 * const spot: Spot = { rng, department, rome: "M1805", latitude: 47.2, longitude: -1.55, distance: 3.2 };
 * ```
 */
export interface Spot {
  rng: Random;
  department: MockDepartment;
  rome: string;
  latitude: number;
  longitude: number;
  distance: number | null;
}

/** The address parts every builder writes (street, zip code, INSEE code, city). @example `addressOf(spot).city` */
export interface SpotAddress {
  street: string;
  zipCode: string;
  insee: string;
  city: string;
  regionName: string | null;
}

/**
 * Draws a plausible address in the spot's department: the prefecture's city with a made-up street,
 * a zip code of the department and an INSEE commune code of the department.
 *
 * @example
 * ```ts
 * declare const spot: Spot;
 * addressOf(spot).zipCode; // e.g. "44000"
 * ```
 */
export function addressOf(spot: Spot): SpotAddress {
  const { rng, department } = spot;
  const prefix = postalPrefix(department.code);
  const tail = 5 - prefix.length;
  const zipCode = department.code === "75" ? `750${String(rng.int(1, 20)).padStart(2, "0")}` : prefix + (rng.chance(0.6) ? "0".repeat(tail) : `${rng.int(1, 9)}${"0".repeat(tail - 1)}`);
  const inseeHead = department.code.length === 3 ? department.code : department.code;
  const insee = inseeHead + rng.digits(5 - inseeHead.length);
  return { street: streetAddress(rng), zipCode, insee, city: department.city, regionName: MOCK_REGION_NAMES[department.regionCode] ?? null };
}

/** An ISO date between 2023-01-01 and about two years later. @example `isoDate(rng)` */
export function isoDate(rng: Random): string {
  const start = Date.UTC(2023, 0, 1);
  return new Date(start + rng.int(0, 730) * 86_400_000 + rng.int(0, 86_399_999)).toISOString();
}

/** Rounds to `digits` decimals. @example `round(1.234, 1) // 1.2` */
export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

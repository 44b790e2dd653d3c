/**
 * Distances on the sphere, enough for "is this establishment within the radius" in the simulator.
 */

const EARTH_RADIUS_KM = 6371;
const toRad = (deg: number): number => (deg * Math.PI) / 180;

/**
 * Great-circle distance in km between two points (haversine).
 *
 * @example
 * ```ts
 * Math.round(distanceKm(47.218, -1.554, 48.857, 2.352)); // 343 (Nantes → Paris)
 * ```
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = toRad(lat2 - lat1);
  const dLon = toRad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(lat1)) * Math.cos(toRad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A point at `distance` km from (lat, lon) in the direction `bearing` (radians), flat-earth
 * approximation (fine at department scale).
 *
 * @example
 * ```ts
 * offsetPoint(47.2, -1.55, 10, 0); // ~ { latitude: 47.29, longitude: -1.55 }
 * ```
 */
export function offsetPoint(lat: number, lon: number, distance: number, bearing: number): { latitude: number; longitude: number } {
  const dLat = (distance * Math.cos(bearing)) / 111.32;
  const dLon = (distance * Math.sin(bearing)) / (111.32 * Math.max(0.1, Math.cos(toRad(lat))));
  return { latitude: lat + dLat, longitude: lon + dLon };
}

/*
 * A stand-in for the national address geocoder (`GET /search/?q=` of api-adresse.data.gouv.fr),
 * under `/geocoder` on the mock server, so `client.geocode` (and the CLI's `geocode --mock`) run
 * without the network. It knows the mock's towns only: the prefecture of each of the 101
 * departments, found by a town or department name (accents and case ignored, part of a word
 * enough). Its INSEE codes and postcodes are made up like the rest of the mock's places (the
 * department's code, then zeros): plausible in form, never a real town's.
 */
import { MOCK_DEPARTMENTS, type MockDepartment } from "./data/departments.js";
import { json, type MockResponse } from "./response.js";

/** The path prefix of the geocoder on the mock server. */
export const GEOCODER_PREFIX = "/geocoder";

const normalize = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * Answers `GET /geocoder/search/?q=...&limit=...` as the geocoder does: a GeoJSON
 * FeatureCollection of towns (`type: "municipality"`), best match first; 400 for a query shorter
 * than 3 characters.
 *
 * @example
 * ```ts
 * answerGeocoder(new URL("http://mock.invalid/geocoder/search/?q=nantes")).body; // { type: "FeatureCollection", features: [Nantes] }
 * ```
 */
export function answerGeocoder(url: URL): MockResponse {
  if (url.pathname !== `${GEOCODER_PREFIX}/search/` && url.pathname !== `${GEOCODER_PREFIX}/search`) return json(404, { code: 404, message: "Not found" });
  const q = normalize(url.searchParams.get("q") ?? "");
  if (q.length < 3) return json(400, { code: 400, detail: ["q: must contain between 3 and 200 chars and start with a number or a letter"], message: "Failed parsing query" });
  const limit = Math.min(Math.max(Number(url.searchParams.get("limit")) || 5, 1), 50);
  const type = url.searchParams.get("type");
  const scored = MOCK_DEPARTMENTS.map((d) => ({ d, score: scoreOf(d, q) })).filter((m) => m.score > 0 && (type === null || type === "municipality"));
  scored.sort((a, b) => b.score - a.score || a.d.code.localeCompare(b.d.code));
  return json(200, { type: "FeatureCollection", version: "draft", query: url.searchParams.get("q"), features: scored.slice(0, limit).map(({ d, score }) => feature(d, score)) });
}

/** How well a query names a department's prefecture: the town's name above the department's. */
function scoreOf(d: MockDepartment, q: string): number {
  const city = normalize(d.city);
  const name = normalize(d.name);
  if (city === q) return 0.97;
  if (city.startsWith(q) || q.startsWith(city)) return 0.8;
  if (city.includes(q)) return 0.6;
  if (name === q || name.includes(q) || d.code === q) return 0.4;
  return 0;
}

function feature(d: MockDepartment, score: number) {
  const citycode = d.code.padEnd(5, "0");
  const postcode = /^2[AB]$/.test(d.code) ? "20000" : citycode;
  return {
    type: "Feature",
    geometry: { type: "Point", coordinates: [d.longitude, d.latitude] },
    properties: { label: d.city, score, id: citycode, type: "municipality", name: d.city, postcode, citycode, x: 0, y: 0, city: d.city, context: `${d.code}, ${d.name}` },
  };
}

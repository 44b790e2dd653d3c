/**
 * Where the mock API puts its generated establishments: one row per French department (101), with the
 * approximate coordinates of its prefecture, its region code, how far from the prefecture the
 * establishments spread, and a rough density weight (big cities get more results).
 *
 * Codes, names and regions come from the SDK's own table (`src/data/departments.ts`, one definition
 * for both); the prefecture, coordinates, spread and weight columns only make sense for a simulator
 * and stay here.
 */
import { DEPARTMENTS } from "../../../data/departments.js";
import { REGIONS } from "../../../data/regions.js";

/** One department as the simulator sees it. @example `MOCK_DEPARTMENTS.find((d) => d.code === "44")` */
export interface MockDepartment {
  /** INSEE department code: "01".."95", "2A", "2B", "971".."976". */
  code: string;
  /** Department name. */
  name: string;
  /** Prefecture: the city generated addresses are in. */
  city: string;
  latitude: number;
  longitude: number;
  /** INSEE region code ("11", "84", ...). */
  regionCode: string;
  /** Radius (km) around the prefecture in which establishments are scattered. */
  spreadKm: number;
  /** Relative density (1 = ordinary department). */
  weight: number;
}

// code, prefecture, lat, lon, spread km, weight (name and region: from DEPARTMENTS)
type Row = [string, string, number, number, number, number];
const ROWS: Row[] = [
  ["01", "Bourg-en-Bresse", 46.205, 5.225, 30, 1],
  ["02", "Laon", 49.564, 3.62, 30, 1],
  ["03", "Moulins", 46.566, 3.333, 30, 1],
  ["04", "Digne-les-Bains", 44.092, 6.236, 30, 1],
  ["05", "Gap", 44.559, 6.079, 30, 1],
  ["06", "Nice", 43.71, 7.262, 20, 2],
  ["07", "Privas", 44.735, 4.599, 30, 1],
  ["08", "Charleville-Mézières", 49.773, 4.72, 30, 1],
  ["09", "Foix", 42.965, 1.607, 30, 1],
  ["10", "Troyes", 48.297, 4.074, 30, 1],
  ["11", "Carcassonne", 43.213, 2.351, 30, 1],
  ["12", "Rodez", 44.35, 2.575, 35, 1],
  ["13", "Marseille", 43.296, 5.37, 25, 3],
  ["14", "Caen", 49.182, -0.371, 30, 1],
  ["15", "Aurillac", 44.926, 2.44, 30, 1],
  ["16", "Angoulême", 45.648, 0.156, 30, 1],
  ["17", "La Rochelle", 46.16, -1.151, 30, 1],
  ["18", "Bourges", 47.081, 2.399, 30, 1],
  ["19", "Tulle", 45.267, 1.77, 30, 1],
  ["2A", "Ajaccio", 41.919, 8.738, 20, 1],
  ["2B", "Bastia", 42.697, 9.451, 20, 1],
  ["21", "Dijon", 47.322, 5.041, 30, 1],
  ["22", "Saint-Brieuc", 48.514, -2.765, 30, 1],
  ["23", "Guéret", 46.171, 1.872, 30, 1],
  ["24", "Périgueux", 45.184, 0.721, 35, 1],
  ["25", "Besançon", 47.238, 6.024, 30, 1],
  ["26", "Valence", 44.933, 4.892, 30, 1],
  ["27", "Évreux", 49.027, 1.151, 30, 1],
  ["28", "Chartres", 48.446, 1.489, 30, 1],
  ["29", "Quimper", 47.996, -4.102, 35, 1],
  ["30", "Nîmes", 43.837, 4.36, 30, 1],
  ["31", "Toulouse", 43.605, 1.444, 25, 2],
  ["32", "Auch", 43.646, 0.586, 30, 1],
  ["33", "Bordeaux", 44.838, -0.579, 30, 2],
  ["34", "Montpellier", 43.611, 3.877, 25, 2],
  ["35", "Rennes", 48.117, -1.678, 25, 2],
  ["36", "Châteauroux", 46.811, 1.686, 30, 1],
  ["37", "Tours", 47.394, 0.685, 30, 1],
  ["38", "Grenoble", 45.188, 5.724, 30, 2],
  ["39", "Lons-le-Saunier", 46.675, 5.555, 30, 1],
  ["40", "Mont-de-Marsan", 43.89, -0.5, 35, 1],
  ["41", "Blois", 47.586, 1.336, 30, 1],
  ["42", "Saint-Étienne", 45.439, 4.387, 25, 1],
  ["43", "Le Puy-en-Velay", 45.043, 3.885, 30, 1],
  ["44", "Nantes", 47.218, -1.554, 25, 2],
  ["45", "Orléans", 47.903, 1.909, 30, 1],
  ["46", "Cahors", 44.448, 1.441, 30, 1],
  ["47", "Agen", 44.203, 0.616, 30, 1],
  ["48", "Mende", 44.518, 3.5, 30, 1],
  ["49", "Angers", 47.478, -0.563, 30, 1],
  ["50", "Saint-Lô", 49.116, -1.091, 35, 1],
  ["51", "Châlons-en-Champagne", 48.957, 4.363, 30, 1],
  ["52", "Chaumont", 48.111, 5.139, 30, 1],
  ["53", "Laval", 48.073, -0.77, 30, 1],
  ["54", "Nancy", 48.692, 6.184, 25, 1],
  ["55", "Bar-le-Duc", 48.772, 5.16, 30, 1],
  ["56", "Vannes", 47.658, -2.76, 30, 1],
  ["57", "Metz", 49.119, 6.176, 30, 2],
  ["58", "Nevers", 46.99, 3.159, 30, 1],
  ["59", "Lille", 50.629, 3.057, 30, 3],
  ["60", "Beauvais", 49.43, 2.081, 30, 1],
  ["61", "Alençon", 48.432, 0.091, 30, 1],
  ["62", "Arras", 50.291, 2.778, 35, 2],
  ["63", "Clermont-Ferrand", 45.778, 3.087, 30, 1],
  ["64", "Pau", 43.295, -0.371, 35, 1],
  ["65", "Tarbes", 43.233, 0.078, 30, 1],
  ["66", "Perpignan", 42.699, 2.895, 25, 1],
  ["67", "Strasbourg", 48.573, 7.752, 25, 2],
  ["68", "Colmar", 48.079, 7.358, 25, 1],
  ["69", "Lyon", 45.764, 4.836, 20, 3],
  ["70", "Vesoul", 47.622, 6.155, 30, 1],
  ["71", "Mâcon", 46.307, 4.828, 35, 1],
  ["72", "Le Mans", 48.006, 0.199, 30, 1],
  ["73", "Chambéry", 45.564, 5.918, 30, 1],
  ["74", "Annecy", 45.899, 6.129, 25, 1],
  ["75", "Paris", 48.857, 2.352, 4, 4],
  ["76", "Rouen", 49.443, 1.099, 30, 2],
  ["77", "Melun", 48.54, 2.661, 30, 2],
  ["78", "Versailles", 48.801, 2.13, 20, 2],
  ["79", "Niort", 46.324, -0.465, 30, 1],
  ["80", "Amiens", 49.894, 2.296, 30, 1],
  ["81", "Albi", 43.929, 2.148, 30, 1],
  ["82", "Montauban", 44.018, 1.355, 25, 1],
  ["83", "Toulon", 43.124, 5.928, 30, 2],
  ["84", "Avignon", 43.949, 4.806, 25, 1],
  ["85", "La Roche-sur-Yon", 46.67, -1.426, 30, 1],
  ["86", "Poitiers", 46.58, 0.34, 30, 1],
  ["87", "Limoges", 45.834, 1.261, 30, 1],
  ["88", "Épinal", 48.173, 6.45, 30, 1],
  ["89", "Auxerre", 47.798, 3.567, 30, 1],
  ["90", "Belfort", 47.64, 6.863, 8, 1],
  ["91", "Évry-Courcouronnes", 48.629, 2.441, 15, 2],
  ["92", "Nanterre", 48.892, 2.207, 6, 3],
  ["93", "Bobigny", 48.908, 2.44, 6, 2],
  ["94", "Créteil", 48.79, 2.455, 6, 2],
  ["95", "Cergy", 49.036, 2.076, 15, 2],
  ["971", "Basse-Terre", 15.998, -61.726, 15, 1],
  ["972", "Fort-de-France", 14.616, -61.059, 12, 1],
  ["973", "Cayenne", 4.922, -52.313, 15, 1],
  ["974", "Saint-Denis", -20.882, 55.45, 15, 1],
  ["976", "Mamoudzou", -12.781, 45.228, 8, 1],
];

/**
 * The 101 departments (approximate prefecture coordinates).
 *
 * @example
 * ```ts
 * MOCK_DEPARTMENTS.length; // 101
 * ```
 */
export const MOCK_DEPARTMENTS: readonly MockDepartment[] = DEPARTMENTS.map(({ code, name, regionCode }) => {
  const row = ROWS.find((r) => r[0] === code);
  // A department the SDK knows and the simulator cannot place is a bug of this table: fail loudly.
  if (!row) throw new Error(`mock departments: no prefecture row for ${code}`);
  const [, city, latitude, longitude, spreadKm, weight] = row;
  return { code, name, city, latitude, longitude, regionCode, spreadKm, weight };
});

/**
 * Region names by INSEE code (the 18 codes the API accepts). Formation items carry the region's
 * name in `place.region`, as the real server does.
 *
 * @example
 * ```ts
 * MOCK_REGION_NAMES["52"]; // "Pays de la Loire"
 * ```
 */
export const MOCK_REGION_NAMES: Readonly<Record<string, string>> = Object.fromEntries(REGIONS.map((r) => [r.code, r.name]));

/**
 * The departments a `departement` query value designates: Corsica is queried as "20" and means both
 * 2A and 2B; any other value is an exact code.
 *
 * @example
 * ```ts
 * departmentsForQuery("20").map((d) => d.code); // ["2A", "2B"]
 * ```
 */
export function departmentsForQuery(value: string): MockDepartment[] {
  if (value === "20") return MOCK_DEPARTMENTS.filter((d) => d.code === "2A" || d.code === "2B");
  const code = value.length === 3 && value.startsWith("0") ? value.slice(1) : value;
  return MOCK_DEPARTMENTS.filter((d) => d.code === code);
}

/**
 * Postal code prefix of a department ("2A" → "20", "971" → "971").
 *
 * @example
 * ```ts
 * postalPrefix("2B"); // "20"
 * ```
 */
export function postalPrefix(code: string): string {
  return code === "2A" || code === "2B" ? "20" : code;
}

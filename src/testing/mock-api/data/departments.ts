/**
 * Where the mock API puts its generated establishments: one row per French department (101), with the
 * approximate coordinates of its prefecture, its region code, how far from the prefecture the
 * establishments spread, and a rough density weight (big cities get more results).
 *
 * Kept here (not imported from `src/geo/`) so that `labonnealternance/testing` does not depend on the
 * SDK's own geography tables, and because the spread/weight columns only make sense for a simulator.
 */

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

// code, name, prefecture, lat, lon, region, spread km, weight
type Row = [string, string, string, number, number, string, number, number];
const ROWS: Row[] = [
  ["01", "Ain", "Bourg-en-Bresse", 46.205, 5.225, "84", 30, 1],
  ["02", "Aisne", "Laon", 49.564, 3.62, "32", 30, 1],
  ["03", "Allier", "Moulins", 46.566, 3.333, "84", 30, 1],
  ["04", "Alpes-de-Haute-Provence", "Digne-les-Bains", 44.092, 6.236, "93", 30, 1],
  ["05", "Hautes-Alpes", "Gap", 44.559, 6.079, "93", 30, 1],
  ["06", "Alpes-Maritimes", "Nice", 43.71, 7.262, "93", 20, 2],
  ["07", "Ardèche", "Privas", 44.735, 4.599, "84", 30, 1],
  ["08", "Ardennes", "Charleville-Mézières", 49.773, 4.72, "44", 30, 1],
  ["09", "Ariège", "Foix", 42.965, 1.607, "76", 30, 1],
  ["10", "Aube", "Troyes", 48.297, 4.074, "44", 30, 1],
  ["11", "Aude", "Carcassonne", 43.213, 2.351, "76", 30, 1],
  ["12", "Aveyron", "Rodez", 44.35, 2.575, "76", 35, 1],
  ["13", "Bouches-du-Rhône", "Marseille", 43.296, 5.37, "93", 25, 3],
  ["14", "Calvados", "Caen", 49.182, -0.371, "28", 30, 1],
  ["15", "Cantal", "Aurillac", 44.926, 2.44, "84", 30, 1],
  ["16", "Charente", "Angoulême", 45.648, 0.156, "75", 30, 1],
  ["17", "Charente-Maritime", "La Rochelle", 46.16, -1.151, "75", 30, 1],
  ["18", "Cher", "Bourges", 47.081, 2.399, "24", 30, 1],
  ["19", "Corrèze", "Tulle", 45.267, 1.77, "75", 30, 1],
  ["2A", "Corse-du-Sud", "Ajaccio", 41.919, 8.738, "94", 20, 1],
  ["2B", "Haute-Corse", "Bastia", 42.697, 9.451, "94", 20, 1],
  ["21", "Côte-d'Or", "Dijon", 47.322, 5.041, "27", 30, 1],
  ["22", "Côtes-d'Armor", "Saint-Brieuc", 48.514, -2.765, "53", 30, 1],
  ["23", "Creuse", "Guéret", 46.171, 1.872, "75", 30, 1],
  ["24", "Dordogne", "Périgueux", 45.184, 0.721, "75", 35, 1],
  ["25", "Doubs", "Besançon", 47.238, 6.024, "27", 30, 1],
  ["26", "Drôme", "Valence", 44.933, 4.892, "84", 30, 1],
  ["27", "Eure", "Évreux", 49.027, 1.151, "28", 30, 1],
  ["28", "Eure-et-Loir", "Chartres", 48.446, 1.489, "24", 30, 1],
  ["29", "Finistère", "Quimper", 47.996, -4.102, "53", 35, 1],
  ["30", "Gard", "Nîmes", 43.837, 4.36, "76", 30, 1],
  ["31", "Haute-Garonne", "Toulouse", 43.605, 1.444, "76", 25, 2],
  ["32", "Gers", "Auch", 43.646, 0.586, "76", 30, 1],
  ["33", "Gironde", "Bordeaux", 44.838, -0.579, "75", 30, 2],
  ["34", "Hérault", "Montpellier", 43.611, 3.877, "76", 25, 2],
  ["35", "Ille-et-Vilaine", "Rennes", 48.117, -1.678, "53", 25, 2],
  ["36", "Indre", "Châteauroux", 46.811, 1.686, "24", 30, 1],
  ["37", "Indre-et-Loire", "Tours", 47.394, 0.685, "24", 30, 1],
  ["38", "Isère", "Grenoble", 45.188, 5.724, "84", 30, 2],
  ["39", "Jura", "Lons-le-Saunier", 46.675, 5.555, "27", 30, 1],
  ["40", "Landes", "Mont-de-Marsan", 43.89, -0.5, "75", 35, 1],
  ["41", "Loir-et-Cher", "Blois", 47.586, 1.336, "24", 30, 1],
  ["42", "Loire", "Saint-Étienne", 45.439, 4.387, "84", 25, 1],
  ["43", "Haute-Loire", "Le Puy-en-Velay", 45.043, 3.885, "84", 30, 1],
  ["44", "Loire-Atlantique", "Nantes", 47.218, -1.554, "52", 25, 2],
  ["45", "Loiret", "Orléans", 47.903, 1.909, "24", 30, 1],
  ["46", "Lot", "Cahors", 44.448, 1.441, "76", 30, 1],
  ["47", "Lot-et-Garonne", "Agen", 44.203, 0.616, "75", 30, 1],
  ["48", "Lozère", "Mende", 44.518, 3.5, "76", 30, 1],
  ["49", "Maine-et-Loire", "Angers", 47.478, -0.563, "52", 30, 1],
  ["50", "Manche", "Saint-Lô", 49.116, -1.091, "28", 35, 1],
  ["51", "Marne", "Châlons-en-Champagne", 48.957, 4.363, "44", 30, 1],
  ["52", "Haute-Marne", "Chaumont", 48.111, 5.139, "44", 30, 1],
  ["53", "Mayenne", "Laval", 48.073, -0.77, "52", 30, 1],
  ["54", "Meurthe-et-Moselle", "Nancy", 48.692, 6.184, "44", 25, 1],
  ["55", "Meuse", "Bar-le-Duc", 48.772, 5.16, "44", 30, 1],
  ["56", "Morbihan", "Vannes", 47.658, -2.76, "53", 30, 1],
  ["57", "Moselle", "Metz", 49.119, 6.176, "44", 30, 2],
  ["58", "Nièvre", "Nevers", 46.99, 3.159, "27", 30, 1],
  ["59", "Nord", "Lille", 50.629, 3.057, "32", 30, 3],
  ["60", "Oise", "Beauvais", 49.43, 2.081, "32", 30, 1],
  ["61", "Orne", "Alençon", 48.432, 0.091, "28", 30, 1],
  ["62", "Pas-de-Calais", "Arras", 50.291, 2.778, "32", 35, 2],
  ["63", "Puy-de-Dôme", "Clermont-Ferrand", 45.778, 3.087, "84", 30, 1],
  ["64", "Pyrénées-Atlantiques", "Pau", 43.295, -0.371, "75", 35, 1],
  ["65", "Hautes-Pyrénées", "Tarbes", 43.233, 0.078, "76", 30, 1],
  ["66", "Pyrénées-Orientales", "Perpignan", 42.699, 2.895, "76", 25, 1],
  ["67", "Bas-Rhin", "Strasbourg", 48.573, 7.752, "44", 25, 2],
  ["68", "Haut-Rhin", "Colmar", 48.079, 7.358, "44", 25, 1],
  ["69", "Rhône", "Lyon", 45.764, 4.836, "84", 20, 3],
  ["70", "Haute-Saône", "Vesoul", 47.622, 6.155, "27", 30, 1],
  ["71", "Saône-et-Loire", "Mâcon", 46.307, 4.828, "27", 35, 1],
  ["72", "Sarthe", "Le Mans", 48.006, 0.199, "52", 30, 1],
  ["73", "Savoie", "Chambéry", 45.564, 5.918, "84", 30, 1],
  ["74", "Haute-Savoie", "Annecy", 45.899, 6.129, "84", 25, 1],
  ["75", "Paris", "Paris", 48.857, 2.352, "11", 4, 4],
  ["76", "Seine-Maritime", "Rouen", 49.443, 1.099, "28", 30, 2],
  ["77", "Seine-et-Marne", "Melun", 48.54, 2.661, "11", 30, 2],
  ["78", "Yvelines", "Versailles", 48.801, 2.13, "11", 20, 2],
  ["79", "Deux-Sèvres", "Niort", 46.324, -0.465, "75", 30, 1],
  ["80", "Somme", "Amiens", 49.894, 2.296, "32", 30, 1],
  ["81", "Tarn", "Albi", 43.929, 2.148, "76", 30, 1],
  ["82", "Tarn-et-Garonne", "Montauban", 44.018, 1.355, "76", 25, 1],
  ["83", "Var", "Toulon", 43.124, 5.928, "93", 30, 2],
  ["84", "Vaucluse", "Avignon", 43.949, 4.806, "93", 25, 1],
  ["85", "Vendée", "La Roche-sur-Yon", 46.67, -1.426, "52", 30, 1],
  ["86", "Vienne", "Poitiers", 46.58, 0.34, "75", 30, 1],
  ["87", "Haute-Vienne", "Limoges", 45.834, 1.261, "75", 30, 1],
  ["88", "Vosges", "Épinal", 48.173, 6.45, "44", 30, 1],
  ["89", "Yonne", "Auxerre", 47.798, 3.567, "27", 30, 1],
  ["90", "Territoire de Belfort", "Belfort", 47.64, 6.863, "27", 8, 1],
  ["91", "Essonne", "Évry-Courcouronnes", 48.629, 2.441, "11", 15, 2],
  ["92", "Hauts-de-Seine", "Nanterre", 48.892, 2.207, "11", 6, 3],
  ["93", "Seine-Saint-Denis", "Bobigny", 48.908, 2.44, "11", 6, 2],
  ["94", "Val-de-Marne", "Créteil", 48.79, 2.455, "11", 6, 2],
  ["95", "Val-d'Oise", "Cergy", 49.036, 2.076, "11", 15, 2],
  ["971", "Guadeloupe", "Basse-Terre", 15.998, -61.726, "01", 15, 1],
  ["972", "Martinique", "Fort-de-France", 14.616, -61.059, "02", 12, 1],
  ["973", "Guyane", "Cayenne", 4.922, -52.313, "03", 15, 1],
  ["974", "La Réunion", "Saint-Denis", -20.882, 55.45, "04", 15, 1],
  ["976", "Mayotte", "Mamoudzou", -12.781, 45.228, "06", 8, 1],
];

/**
 * The 101 departments (approximate prefecture coordinates).
 *
 * @example
 * ```ts
 * MOCK_DEPARTMENTS.length; // 101
 * ```
 */
export const MOCK_DEPARTMENTS: readonly MockDepartment[] = ROWS.map(
  ([code, name, city, latitude, longitude, regionCode, spreadKm, weight]) => ({ code, name, city, latitude, longitude, regionCode, spreadKm, weight }),
);

/**
 * Region names by INSEE code (the 18 codes the API accepts). Formation items carry the region's
 * name in `place.region`, as the real server does.
 *
 * @example
 * ```ts
 * MOCK_REGION_NAMES["52"]; // "Pays de la Loire"
 * ```
 */
export const MOCK_REGION_NAMES: Readonly<Record<string, string>> = {
  "01": "Guadeloupe",
  "02": "Martinique",
  "03": "Guyane",
  "04": "La Réunion",
  "06": "Mayotte",
  "11": "Île-de-France",
  "24": "Centre-Val de Loire",
  "27": "Bourgogne-Franche-Comté",
  "28": "Normandie",
  "32": "Hauts-de-France",
  "44": "Grand Est",
  "52": "Pays de la Loire",
  "53": "Bretagne",
  "75": "Nouvelle-Aquitaine",
  "76": "Occitanie",
  "84": "Auvergne-Rhône-Alpes",
  "93": "Provence-Alpes-Côte d'Azur",
  "94": "Corse",
};

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

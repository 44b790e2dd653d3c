/** One French department: INSEE code, official name and INSEE code of its region. */
export interface DepartmentInfo {
  /** INSEE code: two digits, `2A`/`2B` for Corsica, three digits overseas (`974`). */
  readonly code: string;
  /** Official name, with its accents (`"Finistère"`). */
  readonly name: string;
  /** INSEE code of the region (`"53"` for Bretagne), see `REGIONS`. */
  readonly regionCode: string;
}

// One compact string rather than 101 object literals: it keeps the bundle small (no coordinates).
// Format: `name:regionCode`, entries separated by `;`, in the order of their codes, which `codeAt`
// derives from the position (writing the codes out cost 0.15 kB gzip on every first load).
const TABLE =
  "Ain:84;Aisne:32;Allier:84;Alpes-de-Haute-Provence:93;Hautes-Alpes:93;Alpes-Maritimes:93;Ardèche:84;" +
  "Ardennes:44;Ariège:76;Aube:44;Aude:76;Aveyron:76;Bouches-du-Rhône:93;Calvados:28;Cantal:84;Charente:75;" +
  "Charente-Maritime:75;Cher:24;Corrèze:75;Corse-du-Sud:94;Haute-Corse:94;Côte-d'Or:27;Côtes-d'Armor:53;" +
  "Creuse:75;Dordogne:75;Doubs:27;Drôme:84;Eure:28;Eure-et-Loir:24;Finistère:53;Gard:76;Haute-Garonne:76;" +
  "Gers:76;Gironde:75;Hérault:76;Ille-et-Vilaine:53;Indre:24;Indre-et-Loire:24;Isère:84;Jura:27;Landes:75;" +
  "Loir-et-Cher:24;Loire:84;Haute-Loire:84;Loire-Atlantique:52;Loiret:24;Lot:76;Lot-et-Garonne:75;Lozère:76;" +
  "Maine-et-Loire:52;Manche:28;Marne:44;Haute-Marne:44;Mayenne:52;Meurthe-et-Moselle:44;Meuse:44;" +
  "Morbihan:53;Moselle:44;Nièvre:27;Nord:32;Oise:32;Orne:28;Pas-de-Calais:32;Puy-de-Dôme:84;" +
  "Pyrénées-Atlantiques:75;Hautes-Pyrénées:76;Pyrénées-Orientales:76;Bas-Rhin:44;Haut-Rhin:44;Rhône:84;" +
  "Haute-Saône:27;Saône-et-Loire:27;Sarthe:52;Savoie:84;Haute-Savoie:84;Paris:11;Seine-Maritime:28;" +
  "Seine-et-Marne:11;Yvelines:11;Deux-Sèvres:75;Somme:32;Tarn:76;Tarn-et-Garonne:76;Var:93;Vaucluse:93;" +
  "Vendée:52;Vienne:75;Haute-Vienne:75;Vosges:44;Yonne:27;Territoire de Belfort:27;Essonne:11;" +
  "Hauts-de-Seine:11;Seine-Saint-Denis:11;Val-de-Marne:11;Val-d'Oise:11;Guadeloupe:01;Martinique:02;" +
  "Guyane:03;La Réunion:04;Mayotte:06";

/** The code of the department at index `i` of the table: 01 to 19, 2A, 2B, 21 to 95, then 971 to 974 and 976. */
function codeAt(i: number): string {
  return i < 19 ? `0${i + 1}`.slice(-2) : i < 21 ? `2${"AB"[i - 19]}` : String(i < 96 ? i : i + (i < 100 ? 875 : 876));
}

/**
 * The 101 French departments (96 in metropolitan France, 5 overseas), as published by INSEE,
 * with the code of their region. Useful to build a department picker.
 *
 * @example
 * ```ts
 * DEPARTMENTS.find((d) => d.code === "29"); // { code: "29", name: "Finistère", regionCode: "53" }
 * ```
 */
export const DEPARTMENTS: readonly DepartmentInfo[] = Object.freeze(
  TABLE.split(";").map((entry, i) => {
    const [name, regionCode] = entry.split(":") as [string, string];
    return Object.freeze({ code: codeAt(i), name, regionCode });
  }),
);

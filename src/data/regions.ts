/**
 * The INSEE code of one of the 18 regions, exactly the values the server accepts for `region`.
 * @example `const code: RegionCode = "53"; // Bretagne`
 */
export type RegionCode = "01" | "02" | "03" | "04" | "06" | "11" | "24" | "27" | "28" | "32" | "44" | "52" | "53" | "75" | "76" | "84" | "93" | "94";

/** One French region (2016 map): INSEE code and official name. */
export interface RegionInfo {
  /** INSEE code, two digits (`"11"` for Île-de-France). */
  readonly code: RegionCode;
  /** Official name, with its accents. */
  readonly name: string;
}

// Same compact encoding as the department table: `code:name`, separated by `;`.
const TABLE =
  "01:Guadeloupe;02:Martinique;03:Guyane;04:La Réunion;06:Mayotte;11:Île-de-France;24:Centre-Val de Loire;" +
  "27:Bourgogne-Franche-Comté;28:Normandie;32:Hauts-de-France;44:Grand Est;52:Pays de la Loire;53:Bretagne;" +
  "75:Nouvelle-Aquitaine;76:Occitanie;84:Auvergne-Rhône-Alpes;93:Provence-Alpes-Côte d'Azur;94:Corse";

/**
 * The 18 French regions the API knows (13 in metropolitan France, 5 overseas), with their INSEE codes:
 * exactly the values the server accepts for `region`.
 *
 * @example
 * ```ts
 * REGIONS.map((r) => r.code); // ["01", "02", "03", "04", "06", "11", ...]
 * ```
 */
export const REGIONS: readonly RegionInfo[] = Object.freeze(
  TABLE.split(";").map((entry) => {
    const [code, name] = entry.split(":") as [RegionCode, string];
    return Object.freeze({ code, name });
  }),
);

/**
 * Common short names accepted by `region(...)` besides the official ones (normalized form → code).
 * Kept tiny on purpose.
 */
export const REGION_ALIASES: Readonly<Record<string, RegionCode>> = Object.freeze({
  paca: "93",
  reunion: "04",
  idf: "11",
  centre: "24",
});

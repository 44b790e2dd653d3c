/**
 * A slice of the ROME job nomenclature (France Travail), enough for realistic labels and for
 * expanding a `romeDomain` ("M" or "M18") into codes. Codes absent from this table are still
 * accepted everywhere: their label comes out `null`, as on the real server for many items.
 */

/**
 * ROME code → label.
 *
 * @example
 * ```ts
 * ROME_LABELS["M1805"]; // "Études et développement informatique"
 * ```
 */
export const ROME_LABELS: Readonly<Record<string, string>> = {
  A1203: "Aménagement et entretien des espaces verts",
  A1414: "Horticulture et maraîchage",
  A1416: "Polyculture, élevage",
  B1101: "Création en arts plastiques",
  C1102: "Conseil clientèle en assurances",
  C1206: "Gestion de clientèle bancaire",
  D1102: "Boulangerie - viennoiserie",
  D1104: "Pâtisserie, confiserie, chocolaterie et glacerie",
  D1106: "Vente en alimentation",
  D1202: "Coiffure",
  D1208: "Soins esthétiques et corporels",
  D1211: "Vente en articles de sport et loisirs",
  D1214: "Vente en habillement et accessoires de la personne",
  D1507: "Mise en rayon libre-service",
  E1101: "Animation de site multimédia",
  E1103: "Communication",
  E1104: "Conception de contenus multimédias",
  E1205: "Réalisation de contenus multimédias",
  F1602: "Électricité bâtiment",
  F1603: "Installation d'équipements sanitaires et thermiques",
  F1604: "Montage d'agencements",
  F1703: "Maçonnerie",
  G1602: "Personnel de cuisine",
  G1603: "Personnel polyvalent en restauration",
  G1703: "Réception en hôtellerie",
  G1803: "Service en restauration",
  H1206: "Management et ingénierie études, recherche et développement industriel",
  H2909: "Montage-assemblage mécanique",
  H2913: "Soudage manuel",
  I1304: "Installation et maintenance d'équipements industriels et d'exploitation",
  I1308: "Maintenance d'installation de chauffage",
  I1401: "Maintenance informatique et bureautique",
  I1604: "Mécanique automobile et entretien de véhicules",
  I1606: "Réparation de carrosserie",
  J1304: "Aide en puériculture",
  J1501: "Soins d'hygiène, de confort du patient",
  J1506: "Soins infirmiers généralistes",
  K1302: "Assistance auprès d'adultes",
  K2111: "Formation professionnelle",
  L1503: "Décor et accessoires spectacle",
  M1203: "Comptabilité",
  M1503: "Management des ressources humaines",
  M1607: "Secrétariat",
  M1705: "Marketing",
  M1801: "Administration de systèmes d'information",
  M1802: "Expertise et support en systèmes d'information",
  M1803: "Direction des systèmes d'information",
  M1805: "Études et développement informatique",
  M1806: "Conseil et maîtrise d'ouvrage en systèmes d'information",
  M1810: "Production et exploitation de systèmes d'information",
  N1103: "Magasinage et préparation de commandes",
  N4101: "Conduite de transport de marchandises sur longue distance",
  N4105: "Conduite et livraison par tournées sur courte distance",
};

/** Every code of {@link ROME_LABELS}, sorted. @example `KNOWN_ROMES.includes("F1603")` */
export const KNOWN_ROMES: readonly string[] = Object.keys(ROME_LABELS).sort();

/**
 * What a search without ROME codes covers, in both generations: every sixth known code, a fixed
 * sample (the mock stands for a server that searches all jobs). @example `SAMPLE_ROMES.length`
 */
export const SAMPLE_ROMES: readonly string[] = KNOWN_ROMES.filter((_, i) => i % 6 === 0);

/**
 * The ROME codes a `romeDomain` designates ("M" → every M code known, "M18" → M18xx). When the
 * table knows none, three plausible codes of that domain are made up so the search still answers.
 *
 * @example
 * ```ts
 * romesOfDomain("F16"); // ["F1602", "F1603", "F1604"]
 * ```
 */
export function romesOfDomain(domain: string): string[] {
  const prefix = domain.toUpperCase();
  const known = KNOWN_ROMES.filter((code) => code.startsWith(prefix));
  if (known.length > 0) return known;
  const base = prefix.length === 1 ? `${prefix}11` : prefix;
  return ["01", "02", "03"].map((n) => `${base}${n}`);
}

/**
 * The label of a ROME code, or `null` when unknown (as the server often sends).
 *
 * @example
 * ```ts
 * romeLabel("D1102"); // "Boulangerie - viennoiserie"
 * ```
 */
export function romeLabel(code: string): string | null {
  return ROME_LABELS[code.toUpperCase()] ?? null;
}

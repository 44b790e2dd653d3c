/**
 * The "métiers" list of La Bonne Alternance (job families with their ROME codes), a sample large
 * enough for `metiers`, `metiers/all` and the lookup routes to answer something sensible.
 */

/** One job family. @example `MOCK_METIERS[0]?.label` */
export interface MockMetier {
  label: string;
  romes: readonly string[];
}

/**
 * Job families, alphabetical as `metiers/all` returns them.
 *
 * @example
 * ```ts
 * MOCK_METIERS.find((m) => m.romes.includes("D1102"))?.label; // "Boulangerie, pâtisserie, chocolaterie"
 * ```
 */
export const MOCK_METIERS: readonly MockMetier[] = [
  { label: "Accueil touristique", romes: ["G1101", "G1201"] },
  { label: "Agriculture, élevage", romes: ["A1416", "A1414"] },
  { label: "Aide à la personne", romes: ["K1302", "K1304"] },
  { label: "Animation web, community management", romes: ["E1101", "E1205", "E1103"] },
  { label: "Assurance", romes: ["C1102", "C1103"] },
  { label: "Banque", romes: ["C1206", "C1203"] },
  { label: "Boulangerie, pâtisserie, chocolaterie", romes: ["D1102", "D1104"] },
  { label: "Coiffure", romes: ["D1202"] },
  { label: "Commerce, vente", romes: ["D1106", "D1211", "D1214", "D1507"] },
  { label: "Communication", romes: ["E1103", "E1101"] },
  { label: "Comptabilité, gestion", romes: ["M1203"] },
  { label: "Cuisine", romes: ["G1602"] },
  { label: "Décor et accessoires pour le spectacle", romes: ["L1503"] },
  { label: "Développement, intégration", romes: ["M1805", "M1802"] },
  { label: "Électricité, électronique", romes: ["F1602", "H2602"] },
  { label: "Esthétique, soins du corps", romes: ["D1208"] },
  { label: "Graphisme, infographisme, design", romes: ["E1205", "E1104"] },
  { label: "Hôtellerie", romes: ["G1703"] },
  { label: "Informatique, systèmes et réseaux", romes: ["M1801", "M1810", "I1401"] },
  { label: "Logistique, magasinage", romes: ["N1103"] },
  { label: "Maçonnerie, gros œuvre", romes: ["F1703"] },
  { label: "Maintenance industrielle", romes: ["I1304"] },
  { label: "Marketing", romes: ["M1705"] },
  { label: "Mécanique automobile", romes: ["I1604", "I1606"] },
  { label: "Paysagisme, espaces verts", romes: ["A1203"] },
  { label: "Petite enfance", romes: ["J1304", "K1303"] },
  { label: "Plomberie, chauffage", romes: ["F1603", "I1308"] },
  { label: "Ressources humaines", romes: ["M1503"] },
  { label: "Restauration, service en salle", romes: ["G1803", "G1603"] },
  { label: "Santé, soins infirmiers", romes: ["J1506", "J1501"] },
  { label: "Secrétariat, assistanat", romes: ["M1607"] },
  { label: "Soudure, chaudronnerie", romes: ["H2913"] },
  { label: "Systèmes d'information, direction", romes: ["M1803", "M1806"] },
  { label: "Transport routier", romes: ["N4101", "N4105"] },
];

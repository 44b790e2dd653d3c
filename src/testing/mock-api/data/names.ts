/**
 * Word lists the generators draw from to make French-looking establishments, addresses and offers.
 * All invented combinations: no real person or company is described.
 */
import type { Random } from "../../random.js";

/** Street types, combined with {@link STREET_NAMES} into "12 RUE DES LILAS". @example `STREET_TYPES[0] // "RUE"` */
export const STREET_TYPES = ["RUE", "AVENUE", "BOULEVARD", "ALLEE", "IMPASSE", "CHEMIN", "PLACE", "ROUTE"] as const;
/** Street names. @example `STREET_NAMES[0] // "DES LILAS"` */
export const STREET_NAMES = [
  "DES LILAS", "JEAN JAURES", "DU GENERAL DE GAULLE", "VICTOR HUGO", "DE LA REPUBLIQUE", "PASTEUR", "DES ECOLES",
  "DU MOULIN", "DE LA GARE", "GAMBETTA", "DU STADE", "DES ARTISANS", "DE L'INDUSTRIE", "MARIE CURIE",
  "LOUIS ARAGON", "DES TILLEULS", "DE LA LIBERATION", "DU COMMERCE", "JULES FERRY", "DES PEUPLIERS",
] as const;

/** Surnames used in company names ("BOULANGERIE MARTIN"). @example `SURNAMES.includes("MARTIN")` */
export const SURNAMES = [
  "MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND", "LEROY", "MOREAU",
  "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "DAVID", "BERTRAND", "ROUX", "VINCENT", "FOURNIER",
  "MOREL", "GIRARD", "ANDRE", "MERCIER", "BLANC", "GUERIN", "BOYER", "GARNIER", "CHEVALIER", "FRANCOIS",
] as const;

/** Business words per ROME domain letter, for company names and offer titles. */
const TRADES: Readonly<Record<string, readonly string[]>> = {
  A: ["PAYSAGES", "JARDINS", "HORTICULTURE", "EARL", "GAEC"],
  D: ["BOULANGERIE", "PATISSERIE", "COIFFURE", "INSTITUT", "SUPERMARCHE", "BOUTIQUE", "MAISON"],
  E: ["COMMUNICATION", "STUDIO", "AGENCE", "MEDIA"],
  F: ["ELECTRICITE", "PLOMBERIE", "CHAUFFAGE", "BATIMENT", "RENOVATION", "MACONNERIE"],
  G: ["RESTAURANT", "BRASSERIE", "HOTEL", "TRAITEUR", "AUBERGE"],
  I: ["GARAGE", "CARROSSERIE", "MAINTENANCE", "AUTOMOBILES"],
  J: ["EHPAD", "CLINIQUE", "CRECHE", "PHARMACIE", "CENTRE DE SOINS"],
  M: ["INFORMATIQUE", "CONSEIL", "SOLUTIONS", "DIGITAL", "SYSTEMES", "EXPERTISE COMPTABLE"],
  N: ["TRANSPORTS", "LOGISTIQUE", "MESSAGERIE", "ENTREPOTS"],
  "*": ["SERVICES", "GROUPE", "ENTREPRISE", "SOCIETE NOUVELLE"],
};

/** NAF activity (code, label) per ROME domain letter. */
const NAFS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  A: [["8130Z", "Services d'aménagement paysager"], ["0113Z", "Culture de légumes, de melons, de racines et de tubercules"]],
  D: [["1071C", "Boulangerie et boulangerie-pâtisserie"], ["9602A", "Coiffure"], ["4711D", "Supermarchés"], ["4771Z", "Commerce de détail d'habillement en magasin spécialisé"]],
  E: [["7311Z", "Activités des agences de publicité"], ["7021Z", "Conseil en relations publiques et communication"]],
  F: [["4321A", "Travaux d'installation électrique dans tous locaux"], ["4322B", "Travaux d'installation d'équipements thermiques et de climatisation"], ["4399C", "Travaux de maçonnerie générale et gros œuvre de bâtiment"]],
  G: [["5610A", "Restauration traditionnelle"], ["5510Z", "Hôtels et hébergement similaire"], ["5621Z", "Services des traiteurs"]],
  I: [["4520A", "Entretien et réparation de véhicules automobiles légers"], ["3312Z", "Réparation de machines et équipements mécaniques"]],
  J: [["8710A", "Hébergement médicalisé pour personnes âgées"], ["8610Z", "Activités hospitalières"], ["8891A", "Accueil de jeunes enfants"]],
  M: [["6201Z", "Programmation informatique"], ["6202A", "Conseil en systèmes et logiciels informatiques"], ["6920Z", "Activités comptables"]],
  N: [["4941A", "Transports routiers de fret interurbains"], ["5210B", "Entreposage et stockage non frigorifique"]],
  "*": [["8299Z", "Autres activités de soutien aux entreprises n.c.a."], ["7022Z", "Conseil pour les affaires et autres conseils de gestion"]],
};

/** Company size bands as the server words them. @example `COMPANY_SIZES[0]` */
export const COMPANY_SIZES = ["0 salarié", "1 à 2 salariés", "3 à 5 salariés", "6 à 9 salariés", "10 à 19 salariés", "20 à 49 salariés", "50 à 99 salariés", "100 à 199 salariés"] as const;

/** Training centre name patterns; `{city}` and `{name}` are filled in. */
const CFA_PATTERNS = [
  "CFA DE LA CHAMBRE DE METIERS ET DE L'ARTISANAT DE {dept}",
  "LYCEE PROFESSIONNEL {name}",
  "LYCEE POLYVALENT {name}",
  "CFA {trade} {city}",
  "GRETA {dept}",
  "UNIVERSITE DE {city}",
  "IUT DE {city}",
  "CFA DES METIERS DE {city}",
  "ECOLE SUPERIEURE {trade} DE {city}",
] as const;

/** Famous-person names of schools ("LYCEE PROFESSIONNEL JEAN MOULIN"). */
const SCHOOL_NAMES = ["JEAN MOULIN", "MARIE CURIE", "LOUIS PASTEUR", "JULES VERNE", "SIMONE VEIL", "VICTOR HUGO", "ALGOUD LAFFEMAS", "GUSTAVE EIFFEL", "JACQUES PREVERT", "ANTOINE DE SAINT-EXUPERY"] as const;

function domainKey<T>(table: Readonly<Record<string, T>>, rome: string): T {
  return table[rome.charAt(0).toUpperCase()] ?? (table["*"] as T);
}

/**
 * An invented company name for a ROME code ("PLOMBERIE GIRARD", "DUBOIS CONSEIL").
 *
 * @example
 * ```ts
 * declare const rng: Random;
 * companyName(rng, "F1603"); // e.g. "CHAUFFAGE MOREL ET FILS"
 * ```
 */
export function companyName(rng: Random, rome: string): string {
  const trade = rng.pick(domainKey(TRADES, rome));
  const surname = rng.pick(SURNAMES);
  switch (rng.int(0, 3)) {
    case 0:
      return `${trade} ${surname}`;
    case 1:
      return `${surname} ${trade}`;
    case 2:
      return `${trade} ${surname} ET FILS`;
    default:
      return `SARL ${trade} ${surname}`;
  }
}

/**
 * An invented training-centre name in a city/department.
 *
 * @example
 * ```ts
 * declare const rng: Random;
 * trainingCentreName(rng, "M1805", "Nantes", "Loire-Atlantique"); // e.g. "IUT DE NANTES"
 * ```
 */
export function trainingCentreName(rng: Random, rome: string, city: string, department: string): string {
  return rng
    .pick(CFA_PATTERNS)
    .replace("{city}", city.toUpperCase())
    .replace("{dept}", department.toUpperCase())
    .replace("{name}", rng.pick(SCHOOL_NAMES))
    .replace("{trade}", rng.pick(domainKey(TRADES, rome)));
}

/**
 * A NAF `{ code, label }` plausible for a ROME code.
 *
 * @example
 * ```ts
 * declare const rng: Random;
 * nafFor(rng, "D1102"); // e.g. { code: "1071C", label: "Boulangerie et boulangerie-pâtisserie" }
 * ```
 */
export function nafFor(rng: Random, rome: string): { code: string; label: string } {
  const [code, label] = rng.pick(domainKey(NAFS, rome));
  return { code, label };
}

/**
 * A street address ("12 RUE DES LILAS").
 *
 * @example
 * ```ts
 * declare const rng: Random;
 * streetAddress(rng); // e.g. "38 AVENUE JEAN JAURES"
 * ```
 */
export function streetAddress(rng: Random): string {
  return `${rng.int(1, 120)} ${rng.pick(STREET_TYPES)} ${rng.pick(STREET_NAMES)}`;
}

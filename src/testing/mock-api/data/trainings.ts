/**
 * Training catalogue templates per ROME domain letter: what a generated formation is (title,
 * diploma, level, CFD, RNCP). The CFD codes here are the ones `metiersParFormation/{cfd}` knows.
 */
import { LIVE_DIPLOMA_LABELS } from "../../../data/diploma-labels.js";

/** One training template. @example `TRAININGS_BY_DOMAIN["M"]?.[0]?.title` */
export interface TrainingTemplate {
  title: string;
  diploma: string;
  /** Level label as the API sends it ("3 (CAP...)"). */
  level: string;
  cfd: string;
  rncpCode: string;
  rncpLabel: string;
}

// Today's level labels, the SDK's own (one definition, in data/).
const { 3: L3, 4: L4, 5: L5, 6: L6, 7: L7 } = LIVE_DIPLOMA_LABELS;

// title, diploma, level, cfd, rncp code, rncp label
type Row = [string, string, string, string, string, string];
const t = (rows: Row[]): TrainingTemplate[] =>
  rows.map(([title, diploma, level, cfd, rncpCode, rncpLabel]) => ({ title, diploma, level, cfd, rncpCode, rncpLabel }));

/**
 * Templates by domain letter; `"*"` is used for letters without their own list.
 *
 * @example
 * ```ts
 * TRAININGS_BY_DOMAIN["D"]!.some((x) => x.title.startsWith("CAP")); // true
 * ```
 */
export const TRAININGS_BY_DOMAIN: Readonly<Record<string, readonly TrainingTemplate[]>> = {
  A: t([
    ["CAP AGRICOLE JARDINIER PAYSAGISTE", "CERTIFICAT D'APTITUDE PROFESSIONNELLE AGRICOLE", L3, "50321412", "RNCP25309", "Jardinier paysagiste"],
    ["BAC PRO AMENAGEMENTS PAYSAGERS", "BAC PROFESSIONNEL AGRICOLE", L4, "40321303", "RNCP13912", "Aménagements paysagers"],
    ["BTSA PRODUCTION HORTICOLE", "BREVET DE TECHNICIEN SUPERIEUR AGRICOLE", L5, "32321410", "RNCP36159", "Production horticole"],
  ]),
  D: t([
    ["CAP BOULANGER", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50022137", "RNCP35316", "Boulanger"],
    ["CAP PATISSIER", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50022135", "RNCP35317", "Pâtissier"],
    ["CAP EQUIPIER POLYVALENT DU COMMERCE", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50031224", "RNCP34948", "Equipier polyvalent du commerce"],
    ["BAC PRO METIERS DU COMMERCE ET DE LA VENTE OPTION A", "BAC PROFESSIONNEL", L4, "40031216", "RNCP32208", "Métiers du commerce et de la vente"],
    ["BTS MANAGEMENT COMMERCIAL OPERATIONNEL", "BREVET DE TECHNICIEN SUPERIEUR", L5, "32031213", "RNCP38368", "Management commercial opérationnel"],
    ["CAP METIERS DE LA COIFFURE", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50033611", "RNCP35286", "Métiers de la coiffure"],
  ]),
  E: t([
    ["BTS COMMUNICATION", "BREVET DE TECHNICIEN SUPERIEUR", L5, "32032005", "RNCP35520", "Communication"],
    ["TITRE PROFESSIONNEL DESIGNER WEB", "TITRE PROFESSIONNEL", L5, "36T32001", "RNCP37805", "Designer web"],
    ["LICENCE PRO METIERS DU NUMERIQUE", "LICENCE PROFESSIONNELLE", L6, "25032001", "RNCP29971", "Métiers du numérique : conception, rédaction et réalisation web"],
  ]),
  F: t([
    ["CAP ELECTRICIEN", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50025520", "RNCP36213", "Electricien"],
    ["CAP MONTEUR EN INSTALLATIONS THERMIQUES", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50023324", "RNCP36212", "Monteur en installations thermiques"],
    ["CAP MACON", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50023214", "RNCP34861", "Maçon"],
    ["BAC PRO INSTALLATEUR EN CHAUFFAGE, CLIMATISATION ET ENERGIES RENOUVELABLES", "BAC PROFESSIONNEL", L4, "40022711", "RNCP35541", "Installateur en chauffage, climatisation et énergies renouvelables"],
    ["BTS FLUIDES, ENERGIES, DOMOTIQUE OPTION A", "BREVET DE TECHNICIEN SUPERIEUR", L5, "32022714", "RNCP35329", "Fluides, énergies, domotique"],
  ]),
  G: t([
    ["CAP CUISINE", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50022141", "RNCP37859", "Cuisine"],
    ["CAP COMMERCIALISATION ET SERVICES EN HOTEL-CAFE-RESTAURANT", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50033422", "RNCP37861", "Commercialisation et services en hôtel-café-restaurant"],
    ["BTS MANAGEMENT EN HOTELLERIE RESTAURATION", "BREVET DE TECHNICIEN SUPERIEUR", L5, "32033422", "RNCP35425", "Management en hôtellerie restauration"],
  ]),
  I: t([
    ["CAP MAINTENANCE DES VEHICULES OPTION A VOITURES PARTICULIERES", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50025214", "RNCP37336", "Maintenance des véhicules"],
    ["BAC PRO MAINTENANCE DES SYSTEMES DE PRODUCTION CONNECTES", "BAC PROFESSIONNEL", L4, "40025010", "RNCP35475", "Maintenance des systèmes de production connectés"],
    ["BTS MAINTENANCE DES SYSTEMES OPTION A", "BREVET DE TECHNICIEN SUPERIEUR", L5, "32025010", "RNCP35323", "Maintenance des systèmes"],
  ]),
  J: t([
    ["DIPLOME D'ETAT D'AIDE-SOIGNANT", "DIPLOME D'ETAT", L4, "46T33101", "RNCP35830", "Aide-soignant"],
    ["CAP ACCOMPAGNANT EDUCATIF PETITE ENFANCE", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50033203", "RNCP38565", "Accompagnant éducatif petite enfance"],
    ["DIPLOME D'ETAT D'INFIRMIER", "DIPLOME D'ETAT", L6, "26T33102", "RNCP8940", "Infirmier"],
  ]),
  M: t([
    ["BTS SERVICES INFORMATIQUES AUX ORGANISATIONS OPTION B : SOLUTIONS LOGICIELLES ET APPLICATIONS METIERS", "BREVET DE TECHNICIEN SUPERIEUR", L5, "32032612", "RNCP35340", "Services informatiques aux organisations"],
    ["TITRE PROFESSIONNEL DEVELOPPEUR WEB ET WEB MOBILE", "TITRE PROFESSIONNEL", L5, "36T32602", "RNCP37674", "Développeur web et web mobile"],
    ["BUT INFORMATIQUE", "BACHELOR UNIVERSITAIRE DE TECHNOLOGIE", L6, "25132601", "RNCP35475", "BUT - Informatique"],
    ["MASTER INFORMATIQUE", "MASTER", L7, "13532601", "RNCP34126", "Master Informatique"],
    ["INGENIEUR DIPLOME SPECIALITE INFORMATIQUE", "INGENIEURS RECONNUS (RCT..), NFI , ALTERNANCE", L7, "17032601", "RNCP35781", "Ingénieur spécialité informatique"],
    ["BTS COMPTABILITE ET GESTION", "BREVET DE TECHNICIEN SUPERIEUR", L5, "32031408", "RNCP35521", "Comptabilité et gestion"],
    ["BTS GESTION DE LA PME", "BREVET DE TECHNICIEN SUPERIEUR", L5, "32031213", "RNCP38362", "Gestion de la PME"],
  ]),
  N: t([
    ["CAP OPERATEUR/OPERATRICE LOGISTIQUE", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50031107", "RNCP38423", "Opérateur/opératrice logistique"],
    ["BAC PRO LOGISTIQUE", "BAC PROFESSIONNEL", L4, "40031104", "RNCP34862", "Logistique"],
    ["BTS GESTION DES TRANSPORTS ET LOGISTIQUE ASSOCIEE", "BREVET DE TECHNICIEN SUPERIEUR", L5, "32031103", "RNCP35374", "Gestion des transports et logistique associée"],
  ]),
  "*": t([
    ["CAP AGENT ACCOMPAGNANT AU GRAND AGE", "CERTIFICAT D'APTITUDES PROFESSIONNELLES", L3, "50033215", "RNCP34655", "Assistant de vie aux familles"],
    ["BAC PRO ASSISTANCE A LA GESTION DES ORGANISATIONS ET DE LEURS ACTIVITES", "BAC PROFESSIONNEL", L4, "40031012", "RNCP35374", "Assistance à la gestion des organisations"],
    ["BTS SUPPORT A L'ACTION MANAGERIALE", "BREVET DE TECHNICIEN SUPERIEUR", L5, "32032406", "RNCP34029", "Support à l'action managériale"],
    ["LICENCE PRO COMMERCE ET DISTRIBUTION", "LICENCE PROFESSIONNELLE", L6, "25031210", "RNCP30098", "Commerce et distribution"],
  ]),
};

/**
 * Templates for a ROME code's domain letter (falls back to the generic list).
 *
 * @example
 * ```ts
 * trainingsFor("M1805")[0]!.level; // "5 (BTS, DEUST...)"
 * ```
 */
export function trainingsFor(rome: string): readonly TrainingTemplate[] {
  return TRAININGS_BY_DOMAIN[rome.charAt(0).toUpperCase()] ?? TRAININGS_BY_DOMAIN["*"]!;
}

/**
 * Finds the template of a CFD code (the lookup `metiersParFormation/{cfd}` relies on).
 *
 * @example
 * ```ts
 * findTrainingByCfd("50022137")?.template.title; // "CAP BOULANGER"
 * ```
 */
export function findTrainingByCfd(cfd: string): { domain: string; template: TrainingTemplate } | undefined {
  for (const [domain, list] of Object.entries(TRAININGS_BY_DOMAIN)) {
    const template = list.find((x) => x.cfd.toUpperCase() === cfd.toUpperCase());
    if (template) return { domain, template };
  }
  return undefined;
}

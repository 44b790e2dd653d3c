/**
 * Vocabulary of today's job search: partner labels, OPCO labels, company size bands, collective
 * agreements (IDCC) and skill phrases, as the server's models and data have them.
 */
import { OPCO_LABELS as SDK_OPCO_LABELS, OPCO_PLACEHOLDER_LABELS } from "../../../data/opco-labels.js";

/** `partner_label` of offers posted on La bonne alternance itself (the server's `OFFRES_EMPLOI_LBA`). @example `LBA_OFFER_LABEL // "offres_emploi_lba"` */
export const LBA_OFFER_LABEL = "offres_emploi_lba";
/** `partner_label` of the companies likely to hire; excluding it drops the recruiters. @example `RECRUITER_LABEL // "recruteurs_lba"` */
export const RECRUITER_LABEL = "recruteurs_lba";
/** `partner_label` of France Travail offers. @example `FRANCE_TRAVAIL_LABEL` */
export const FRANCE_TRAVAIL_LABEL = "France Travail";

/**
 * Labels of the other partners with their relative weight. The last ones are not in the server's
 * enum: partners that publish through the API bring their own label (the set is open).
 *
 * @example
 * ```ts
 * PARTNER_LABELS.map(([label]) => label).includes("Hellowork"); // true
 * ```
 */
export const PARTNER_LABELS: readonly (readonly [string, number])[] = [
  ["Hellowork", 8],
  ["Monster", 4],
  ["Meteojob", 3],
  ["Jooble", 3],
  ["APEC", 1],
  ["L'Etudiant", 2],
  ["RH Alternance", 2],
  ["Le bon coin emploi", 2],
  ["Jobteaser", 1],
  ["annonces Atlas", 1],
  ["Les emplois de l'inclusion", 1],
  ["Taleez", 1],
];

/**
 * OPCO labels accepted by `opco=` and found in `domain.opco`: the server's `OPCOS_LABEL`, that is the
 * SDK's `OPCO_LABELS` and the two placeholders "inconnu" and "OPCO multiple" (one table, in data/).
 * @example `OPCO_LABELS[0] // "AFDAS"`
 */
export const OPCO_LABELS = [...SDK_OPCO_LABELS, ...OPCO_PLACEHOLDER_LABELS] as const;

/** The OPCO a company of a ROME domain most likely belongs to. @example `OPCO_BY_DOMAIN["F"] // "Constructys"` */
export const OPCO_BY_DOMAIN: Readonly<Record<string, (typeof OPCO_LABELS)[number]>> = {
  A: "OCAPIAT",
  D: "L'Opcommerce",
  E: "AFDAS",
  F: "Constructys",
  G: "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
  H: "OPCO 2i",
  I: "OPCO 2i",
  J: "Opco Santé",
  K: "Uniformation, l'Opco de la Cohésion sociale",
  M: "ATLAS",
  N: "Opco Mobilités",
};

/** Collective agreement (IDCC) by ROME domain. @example `IDCC_BY_DOMAIN["M"] // 1486` */
export const IDCC_BY_DOMAIN: Readonly<Record<string, number>> = { A: 7024, D: 2216, E: 1486, F: 1597, G: 1979, H: 3248, I: 1090, J: 2264, K: 2941, M: 1486, N: 16 };

/** Size bands (number of employees) as the server writes them. @example `WORKPLACE_SIZES[4] // "10-19"` */
export const WORKPLACE_SIZES = ["0-0", "1-2", "3-5", "6-9", "10-19", "20-49", "50-99", "100-199", "200-249", "250-499", "500-999", "1000-1999"] as const;

/** Level labels by european level (the server's `NIVEAU_DIPLOME_LABEL`). @example `DIPLOMA_LABELS["5"] // "BTS, DEUST (Bac+2)"` */
export const DIPLOMA_LABELS = {
  "3": "CAP, BEP (Infrabac)",
  "4": "Bac, Bac Pro, BP (Bac)",
  "5": "BTS, DEUST (Bac+2)",
  "6": "Licence, BUT, Licence Pro (Bac+3)",
  "7": "Master, titre ingénieur, grande école (Bac+5)",
} as const;

/** Soft skills offers ask for. @example `DESIRED_SKILLS[0]` */
export const DESIRED_SKILLS = [
  "Faire preuve d'autonomie",
  "Faire preuve de rigueur et de précision",
  "Travailler en équipe",
  "Faire preuve de curiosité",
  "Avoir le sens du service",
  "Faire preuve de réactivité",
] as const;

/** What an apprentice learns, per ROME domain (generic list for the others). @example `SKILLS_TO_ACQUIRE["M"]` */
export const SKILLS_TO_ACQUIRE: Readonly<Record<string, readonly string[]>> = {
  D: ["Accueillir et conseiller les clients", "Préparer les produits selon les règles d'hygiène", "Gérer les stocks et les approvisionnements"],
  F: ["Lire un plan et un schéma technique", "Installer et raccorder les équipements", "Respecter les règles de sécurité du chantier"],
  G: ["Préparer les plats selon les fiches techniques", "Appliquer les règles d'hygiène HACCP", "Dresser et envoyer les assiettes"],
  M: ["Concevoir et développer une solution logicielle", "Tester et documenter le code", "Assembler des composants logiciels"],
  "*": ["Organiser son activité", "Utiliser les outils et logiciels du métier", "Rendre compte de son activité"],
};

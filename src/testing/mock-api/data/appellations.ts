/**
 * ROME "appellations" (the job titles people type) of the codes the mock knows: what
 * `/v1/metiers/intitule` searches and what today's offers are titled. A sample, not the
 * referential.
 */

/**
 * Appellations by ROME code.
 *
 * @example
 * ```ts
 * APPELLATIONS["D1102"]; // ["Boulanger / Boulangère", "Apprenti boulanger / Apprentie boulangère"]
 * ```
 */
export const APPELLATIONS: Readonly<Record<string, readonly string[]>> = {
  A1203: ["Jardinier paysagiste / Jardinière paysagiste", "Ouvrier paysagiste / Ouvrière paysagiste"],
  A1414: ["Maraîcher / Maraîchère", "Horticulteur / Horticultrice"],
  A1416: ["Agriculteur / Agricultrice", "Éleveur / Éleveuse"],
  B1101: ["Plasticien / Plasticienne"],
  C1102: ["Conseiller / Conseillère clientèle en assurances"],
  C1206: ["Conseiller / Conseillère clientèle bancaire", "Chargé / Chargée de clientèle particuliers"],
  D1102: ["Boulanger / Boulangère", "Apprenti boulanger / Apprentie boulangère"],
  D1104: ["Pâtissier / Pâtissière", "Chocolatier / Chocolatière"],
  D1106: ["Vendeur / Vendeuse en alimentation générale", "Vendeur / Vendeuse en boulangerie-pâtisserie"],
  D1202: ["Coiffeur / Coiffeuse", "Coiffeur barbier / Coiffeuse barbière"],
  D1208: ["Esthéticien / Esthéticienne"],
  D1211: ["Vendeur / Vendeuse en articles de sport"],
  D1214: ["Vendeur / Vendeuse en prêt-à-porter"],
  D1507: ["Employé / Employée de libre-service", "Équipier / Équipière de magasin"],
  E1101: ["Community manager", "Animateur / Animatrice de site web"],
  E1103: ["Chargé / Chargée de communication"],
  E1104: ["Concepteur / Conceptrice multimédia"],
  E1205: ["Graphiste", "Infographiste"],
  F1602: ["Électricien / Électricienne du bâtiment", "Électricien installateur / Électricienne installatrice"],
  F1603: ["Plombier / Plombière", "Plombier chauffagiste / Plombière chauffagiste"],
  F1604: ["Agenceur / Agenceuse de magasin"],
  F1703: ["Maçon / Maçonne", "Maçon VRD / Maçonne VRD"],
  G1602: ["Commis / Commise de cuisine", "Cuisinier / Cuisinière"],
  G1603: ["Équipier polyvalent / Équipière polyvalente de restauration rapide"],
  G1703: ["Réceptionniste en hôtellerie", "Night auditor"],
  G1803: ["Serveur / Serveuse en restauration", "Chef de rang"],
  H1206: ["Ingénieur / Ingénieure recherche et développement en industrie"],
  H2909: ["Monteur-assembleur / Monteuse-assembleuse mécanique"],
  H2913: ["Soudeur / Soudeuse", "Soudeur / Soudeuse TIG"],
  I1304: ["Technicien / Technicienne de maintenance industrielle", "Électromécanicien / Électromécanicienne de maintenance"],
  I1308: ["Technicien / Technicienne de maintenance en chauffage"],
  I1401: ["Technicien / Technicienne de maintenance informatique", "Technicien / Technicienne support informatique"],
  I1604: ["Mécanicien / Mécanicienne automobile", "Mécanicien / Mécanicienne poids lourds"],
  I1606: ["Carrossier / Carrossière", "Carrossier peintre / Carrossière peintre"],
  J1304: ["Auxiliaire de puériculture"],
  J1501: ["Aide-soignant / Aide-soignante"],
  J1506: ["Infirmier / Infirmière"],
  K1302: ["Assistant / Assistante de vie aux familles", "Auxiliaire de vie sociale"],
  K2111: ["Formateur / Formatrice"],
  L1503: ["Accessoiriste", "Décorateur / Décoratrice de spectacle"],
  M1203: ["Comptable", "Assistant / Assistante comptable"],
  M1503: ["Chargé / Chargée de ressources humaines", "Assistant / Assistante ressources humaines"],
  M1607: ["Secrétaire", "Assistant administratif / Assistante administrative"],
  M1705: ["Chargé / Chargée de marketing", "Assistant / Assistante marketing"],
  M1801: ["Administrateur / Administratrice systèmes et réseaux"],
  M1802: ["Technicien / Technicienne support applicatif"],
  M1803: ["Directeur / Directrice des systèmes d'information"],
  M1805: ["Développeur / Développeuse web", "Développeur / Développeuse informatique", "Développeur full stack / Développeuse full stack"],
  M1806: ["Chef de projet maîtrise d'ouvrage informatique"],
  M1810: ["Technicien / Technicienne d'exploitation informatique"],
  N1103: ["Préparateur / Préparatrice de commandes", "Magasinier / Magasinière"],
  N4101: ["Conducteur / Conductrice poids lourd"],
  N4105: ["Chauffeur-livreur / Chauffeuse-livreuse"],
};

/**
 * Appellations of a code, or a generic one for codes the sample lacks.
 *
 * @example
 * ```ts
 * appellationsOf("Z9999"); // ["Apprenti / Apprentie Z9999"]
 * ```
 */
export function appellationsOf(rome: string): readonly string[] {
  return APPELLATIONS[rome.toUpperCase()] ?? [`Apprenti / Apprentie ${rome.toUpperCase()}`];
}

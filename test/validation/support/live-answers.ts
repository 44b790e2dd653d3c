/**
 * Synthesized answers of today's API (shapes of LIVE-API.md and the gateway's spec; values invented,
 * nothing personal). Each call returns fresh objects: validation normalizes in place.
 */
type Json = Record<string, any>;

export function workplace(i = 0): Json {
  return {
    siret: String(13002526500013 + i).padStart(14, "0"),
    brand: i % 3 === 0 ? null : `Enseigne ${i}`,
    legal_name: `SOCIETE ${i}`,
    website: null,
    name: `Société ${i}`,
    description: i % 2 === 0 ? null : "Une entreprise.",
    size: "10-19",
    location: { address: `${i} RUE DE LA PAIX 75002 PARIS`, geopoint: { type: "Point", coordinates: [2.33 + i / 1000, 48.86 - i / 1000] } },
    domain: { idcc: i % 2 === 0 ? 1979 : null, opco: i % 2 === 0 ? "AKTO" : null, naf: i % 4 === 0 ? null : { code: "5610A", label: "Restauration traditionnelle" } },
  };
}

export function jobOffer(i = 0): Json {
  return {
    identifier: { id: i % 5 === 0 ? null : (0x6687165396d52b5e01b40954n + BigInt(i)).toString(16), partner_label: ["France Travail", "offres_emploi_lba", "Hellowork"][i % 3], partner_job_id: `job-${i}` },
    workplace: workplace(i),
    apply: { url: `https://labonnealternance.apprentissage.beta.gouv.fr/emploi/${i}`, phone: null, recipient_id: i % 2 === 0 ? `partners_${"a".repeat(23)}${i % 10}` : null },
    contract: { start: "2026-09-01T00:00:00.000Z", duration: i % 2 === 0 ? 24 : null, type: ["Apprentissage"], remote: i % 3 === 0 ? null : "onsite" },
    offer: {
      title: `Serveur / Serveuse ${i}`,
      rome_codes: ["G1803"],
      description: "Accueil des clients et service en salle.",
      target_diploma: i % 2 === 0 ? { european: "3", label: "CAP, BEP" } : null,
      desired_skills: ["Travailler en équipe"],
      to_be_acquired_skills: [],
      access_conditions: [],
      publication: { creation: "2026-06-01T10:00:00.000Z", expiration: null },
      opening_count: 1,
      status: "Active",
    },
    is_delegated: false,
  };
}

export function recruiter(i = 0): Json {
  return {
    identifier: { id: (0x6687165396d52b5e01b40000n + BigInt(i)).toString(16) },
    workplace: workplace(i),
    apply: { url: `https://labonnealternance.apprentissage.beta.gouv.fr/recruteur/${i}`, phone: "0199000000", recipient_id: `recruiters_${"b".repeat(23)}${i % 10}` },
  };
}

export function jobSearchAnswer(jobs = 3, recruiters = 2, warnings: Json[] = []): Json {
  return {
    jobs: Array.from({ length: jobs }, (_, i) => jobOffer(i)),
    recruiters: Array.from({ length: recruiters }, (_, i) => recruiter(i)),
    warnings,
  };
}

// Synthesized answers of today's API, shaped like the API project's notes describe them (not copied
// from real answers): offers and companies with GeoJSON points (longitude first), open partner labels.
let counter = 0;
const hex = (n: number) => n.toString(16).padStart(24, "0");

export function workplace(lon: number, lat: number, extra: Record<string, unknown> = {}) {
  return {
    siret: "12345678900012",
    brand: null,
    legal_name: "BOULANGERIE DU PORT",
    website: null,
    name: "Boulangerie du Port",
    description: null,
    size: "0-9",
    location: { address: "1 quai de la Fosse 44000 Nantes", geopoint: { type: "Point", coordinates: [lon, lat] } },
    domain: { idcc: null, opco: "AKTO", naf: { code: "1071C", label: "Boulangerie et boulangerie-pâtisserie" } },
    ...extra,
  };
}

export function offer(overrides: { id?: string | null; partner?: string; lon?: number; lat?: number; recipient?: string | null } = {}) {
  const n = ++counter;
  return {
    identifier: { id: overrides.id === undefined ? hex(n) : overrides.id, partner_label: overrides.partner ?? "Hellowork", partner_job_id: `job-${n}` },
    workplace: workplace(overrides.lon ?? -1.5536, overrides.lat ?? 47.2184),
    apply: { url: `https://partner.example/jobs/${n}`, phone: null, recipient_id: overrides.recipient === undefined ? `partners_${hex(n)}` : overrides.recipient },
    contract: { start: null, duration: 12, type: ["Apprentissage"], remote: null },
    offer: {
      title: "Développeur web en alternance",
      rome_codes: ["M1805"],
      description: "Une description assez longue de l'offre d'alternance.",
      target_diploma: null,
      desired_skills: [],
      to_be_acquired_skills: [],
      access_conditions: [],
      publication: { creation: "2026-09-01T00:00:00.000Z", expiration: null },
      opening_count: 1,
      status: "Active",
    },
    is_delegated: false,
  };
}

export function recruiter(overrides: { id?: string; lon?: number; lat?: number } = {}) {
  const n = ++counter;
  return {
    identifier: { id: overrides.id ?? hex(1000 + n) },
    workplace: workplace(overrides.lon ?? -1.56, overrides.lat ?? 47.22),
    apply: { url: `https://labonnealternance.example/recherche?company=${n}`, phone: null, recipient_id: `recruiters_${hex(1000 + n)}` },
  };
}

export function jobSearch(spec: { jobs?: unknown[]; recruiters?: unknown[]; warnings?: { code: string; message: string }[] } = {}) {
  return { jobs: spec.jobs ?? [offer()], recruiters: spec.recruiters ?? [recruiter()], warnings: spec.warnings ?? [] };
}

export function formation(id: string, extra: Record<string, unknown> = {}) {
  return { ideaType: "formation", id, title: "BTS SIO", place: { distance: 3, latitude: 47.21, longitude: -1.55, city: "Nantes", zipCode: "44000" }, ...extra };
}

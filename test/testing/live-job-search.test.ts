import { describe, expect, it } from "vitest";
import { distanceKm } from "../../src/testing/geo-math.js";
import { liveApi, NANTES } from "./live-helpers.js";

const NEAR = `latitude=${NANTES.latitude}&longitude=${NANTES.longitude}`;
const zipOf = (item: any): string => item.workplace.location.address.match(/ (\d{5}) /)[1];
/** Labels of the server's JOBPARTNERS_LABEL enum: any other label is a partner that joined through the API. */
const ENUM_LABELS = ["offres_emploi_lba", "recruteurs_lba", "Hellowork", "ATS_Hellowork", "France Travail", "FranceTravail CEGID", "RH Alternance", "PASS", "Monster", "Meteojob", "Kelio", "La Poste", "Le bon coin emploi", "annonces Atlas", "Nos Talents Nos Emplois", "Vite un emploi", "Toulouse metropole", "Jooble", "Décathlon", "Engagement Jeunes", "Jobteaser", "APEC", "EDF", "Les emplois de l'inclusion", "Enedis", "L'Etudiant"];

describe("GET /job/v1/search: validation of the server's zod schema", () => {
  const { gw } = liveApi();
  const issuesOf = (query: string) => gw(`/api/job/v1/search?${query}`).body.data?.validationError?.issues;

  it.each([
    ["latitude without longitude", "latitude=47.2", [{ code: "custom", path: ["longitude"], message: "longitude is required when latitude is provided" }]],
    ["longitude without latitude", "longitude=-1.5", [{ code: "custom", path: ["latitude"], message: "latitude is required when longitude is provided" }]],
    ["latitude 91", "latitude=91&longitude=2", [{ origin: "number", code: "too_big", maximum: 90, inclusive: true, path: ["latitude"], message: "Latitude doit être comprise entre -90 et 90" }]],
    ["longitude -181", "latitude=45&longitude=-181", [{ origin: "number", code: "too_small", minimum: -180, inclusive: true, path: ["longitude"], message: "Longitude doit être comprise entre -180 et 180" }]],
    ["radius 201", `${NEAR}&radius=201`, [{ origin: "number", code: "too_big", maximum: 200, inclusive: true, path: ["radius"], message: "Too big: expected number to be <=200" }]],
    ["radius -1", `${NEAR}&radius=-1`, [{ origin: "number", code: "too_small", minimum: 0, inclusive: true, path: ["radius"], message: "Too small: expected number to be >=0" }]],
    ["radius not a number", `${NEAR}&radius=far`, [{ expected: "number", code: "invalid_type", received: "NaN", path: ["radius"], message: "Invalid input: expected number, received NaN" }]],
    ["romes as a repeated key", "romes=M1805&romes=M1802", [{ expected: "string", code: "invalid_type", path: ["romes"], message: "Invalid input: expected string, received array" }]],
    ["a lowercase ROME code", "romes=m1805", [{ code: "custom", path: ["romes"], message: "One or more ROME codes are invalid. Expected format is 'D1234'." }]],
    ["rncp RNCP12", "rncp=RNCP12", [{ origin: "string", code: "invalid_format", format: "regex", pattern: "/^RNCP\\d{3,5}$/", path: ["rncp"], message: "Code RNCP invalide" }]],
    ["target_diploma_level 2", "target_diploma_level=2", [{ code: "invalid_value", values: ["3", "4", "5", "6", "7"], path: ["target_diploma_level"], message: 'Invalid option: expected one of "3"|"4"|"5"|"6"|"7"' }]],
    ["elligibleHandicapFilter (a boolean the query cannot carry)", "elligibleHandicapFilter=true", [{ expected: "boolean", code: "invalid_type", path: ["elligibleHandicapFilter"], message: "Invalid input: expected boolean, received string" }]],
  ])("%s: 400 forwarded from the server", (_name, query, issues) => {
    const res = gw(`/api/job/v1/search?${query}`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: "Bad Request" });
    expect(res.body.data.validationError).toMatchObject({ code: "FST_ERR_VALIDATION", name: "ZodError", validationContext: "querystring" });
    expect(issuesOf(query)).toEqual(issues);
  });

  it("checks opco against the server's labels, and accepts radius 0..200, one romes value, unknown parameters", () => {
    expect(issuesOf("opco=OPCO%20inconnu")[0]).toMatchObject({ code: "invalid_value", path: ["opco"] });
    expect(gw("/api/job/v1/search?romes=M1805&opco=OPCO%202i").status).toBe(200);
    expect(gw(`/api/job/v1/search?romes=M1805&${NEAR}&radius=0`).status).toBe(200);
    expect(gw(`/api/job/v1/search?romes=M1805&${NEAR}&radius=200`).status).toBe(200);
    expect(gw(`/api/job/v1/search?romes=M1805,D1102,F1603,G1602,I1308,J1506,N1103,M1203,M1607,M1705,M1801,M1802,M1803,M1806,M1810,A1203,C1102,E1103,H2913,K1302,L1503`).status).toBe(200);
    const withUnknown = gw(`/api/job/v1/search?romes=M1805&${NEAR}&caller=me&insee=44109&sources=lba`);
    expect(withUnknown.status).toBe(200);
    expect(withUnknown.body).toEqual(gw(`/api/job/v1/search?romes=M1805&${NEAR}`).body);
  });

  it("answers 400 for an RNCP code without active certification, and searches the trade of a known one", () => {
    expect(gw("/api/job/v1/search?rncp=RNCP99999").body).toEqual({ statusCode: 400, error: "Bad Request", message: "Cannot find an active Certification for the given RNCP", data: { rncp: "RNCP99999" } });
    const bakery = gw(`/api/job/v1/search?rncp=RNCP35316&${NEAR}&radius=100`).body;
    expect(bakery.jobs.length).toBeGreaterThan(0);
    expect(bakery.jobs.every((j: any) => j.offer.rome_codes[0].startsWith("D"))).toBe(true);
  });

  it("the documented gateway shape on demand (jobErrorShape: 'gateway')", () => {
    const res = liveApi({ jobErrorShape: "gateway" }).gw("/api/job/v1/search?latitude=47");
    expect(res.body).toMatchObject({ statusCode: 400, name: "Bad Request", message: "querystring.longitude: longitude is required when latitude is provided" });
    expect(res.body).not.toHaveProperty("error");
  });
});

describe("GET /job/v1/search: answers", () => {
  const { gw } = liveApi();
  const near = gw(`/api/job/v1/search?romes=M1805,D1102,F1603&${NEAR}&radius=100`).body;

  it("answers { jobs, recruiters, warnings } with GeoJSON points, LONGITUDE first, near the searched point", () => {
    expect(Object.keys(near)).toEqual(["jobs", "recruiters", "warnings"]);
    expect(near.warnings).toEqual([]);
    for (const item of [...near.jobs, ...near.recruiters]) {
      const { type, coordinates } = item.workplace.location.geopoint;
      expect(type).toBe("Point");
      const [longitude, latitude] = coordinates;
      expect(longitude).toBeLessThan(0); // around Nantes: western longitudes, northern latitudes
      expect(latitude).toBeGreaterThan(45);
      expect(distanceKm(NANTES.latitude, NANTES.longitude, latitude, longitude)).toBeLessThanOrEqual(100.01);
    }
  });

  it("sorts each source nearest first around a point (sources in the server's order), newest first without one", () => {
    const labels = near.jobs.map((j: any) => j.identifier.partner_label);
    const lastLba = labels.lastIndexOf("offres_emploi_lba");
    const firstFt = labels.indexOf("France Travail");
    const lastFt = labels.lastIndexOf("France Travail");
    expect(lastLba).toBeLessThan(firstFt);
    expect(labels.slice(lastFt + 1).every((l: string) => l !== "France Travail" && l !== "offres_emploi_lba")).toBe(true);
    const dist = (j: any) => distanceKm(NANTES.latitude, NANTES.longitude, j.workplace.location.geopoint.coordinates[1], j.workplace.location.geopoint.coordinates[0]);
    const ft = near.jobs.filter((j: any) => j.identifier.partner_label === "France Travail").map(dist);
    expect(ft).toEqual([...ft].sort((a: number, b: number) => a - b));
    const france = gw("/api/job/v1/search?romes=M1805").body;
    const created = france.jobs.filter((j: any) => j.identifier.partner_label === "France Travail").map((j: any) => j.offer.publication.creation);
    expect(created).toEqual([...created].sort().reverse());
  });

  it("caps every source at 150 (jobsLimit), the recruiters too", () => {
    const wide = gw("/api/job/v1/search?romes=M1805,D1102,F1603,G1602,I1308,J1506,N1103,M1203").body;
    const count = (label: string) => wide.jobs.filter((j: any) => j.identifier.partner_label === label).length;
    expect(count("offres_emploi_lba")).toBe(150);
    expect(count("France Travail")).toBe(150);
    expect(wide.jobs).toHaveLength(450);
    expect(wide.recruiters).toHaveLength(150);
    const small = liveApi({ jobsLimit: 5 }).gw("/api/job/v1/search?romes=M1805,D1102").body;
    expect(small.jobs).toHaveLength(15);
    expect(small.recruiters).toHaveLength(5);
  });

  it("keeps open partner labels (some outside the server's enum) and recipient ids of the form partners_<24 hex>, or null with an apply.url", () => {
    const labels = new Set(near.jobs.map((j: any) => j.identifier.partner_label));
    expect([...labels].some((l) => !ENUM_LABELS.includes(l as string))).toBe(true);
    for (const item of [...near.jobs, ...near.recruiters]) {
      expect(item.apply.recipient_id === null || /^partners_[0-9a-f]{24}$/.test(item.apply.recipient_id)).toBe(true);
      expect(item.apply.url).toMatch(/^https:\/\//);
    }
    expect(near.jobs.filter((j: any) => j.identifier.partner_label === "France Travail").every((j: any) => j.apply.recipient_id === null)).toBe(true);
    expect(near.jobs.filter((j: any) => j.identifier.partner_label === "offres_emploi_lba").every((j: any) => j.apply.recipient_id !== null)).toBe(true);
  });

  it("has nullable fields that really are null sometimes (contract.remote, target_diploma, naf, siret)", () => {
    const some = (pick: (j: any) => unknown) => near.jobs.some((j: any) => pick(j) === null) && near.jobs.some((j: any) => pick(j) !== null);
    expect(some((j) => j.contract.remote)).toBe(true);
    expect(some((j) => j.offer.target_diploma)).toBe(true);
    expect(some((j) => j.workplace.domain.naf)).toBe(true);
    expect(some((j) => j.workplace.siret)).toBe(true);
    expect(some((j) => j.contract.start)).toBe(true);
  });

  it("matches departements as postcode prefixes: repeated keys, 2A/2B, and nothing for a comma inside one value", () => {
    const two = gw("/api/job/v1/search?romes=M1805,D1102&departements=44&departements=49").body;
    expect(two.jobs.length).toBeGreaterThan(0);
    expect([...two.jobs, ...two.recruiters].every((i: any) => /^(44|49)/.test(zipOf(i)))).toBe(true);
    expect(new Set(two.jobs.map((j: any) => zipOf(j).slice(0, 2)))).toEqual(new Set(["44", "49"]));
    expect(gw("/api/job/v1/search?romes=M1805,D1102&departements=44,49").body).toEqual({ jobs: [], recruiters: [], warnings: [] });
    const south = gw("/api/job/v1/search?romes=M1805,D1102,G1602&departements=2A").body;
    expect(south.jobs.length).toBeGreaterThan(0);
    expect(south.jobs.every((j: any) => /^20[01]/.test(zipOf(j)))).toBe(true);
    const corsica = gw("/api/job/v1/search?romes=M1805,D1102,G1602&departements=20").body;
    expect(corsica.jobs.length).toBeGreaterThan(south.jobs.length);
  });

  it("filters on diploma level (offers without one always match), OPCO and excluded partners", () => {
    const level = gw(`/api/job/v1/search?romes=M1805,D1102&${NEAR}&radius=150&target_diploma_level=5`).body;
    expect(level.jobs.every((j: any) => j.offer.target_diploma === null || j.offer.target_diploma.european === "5")).toBe(true);
    expect(level.jobs.some((j: any) => j.offer.target_diploma?.european === "5")).toBe(true);
    const opco = gw(`/api/job/v1/search?romes=M1805,D1102&${NEAR}&radius=150&opco=ATLAS`).body;
    expect(opco.jobs.length + opco.recruiters.length).toBeGreaterThan(0);
    expect([...opco.jobs, ...opco.recruiters].every((i: any) => i.workplace.domain.opco === "ATLAS")).toBe(true);
    const excluded = gw(`/api/job/v1/search?romes=M1805,D1102&${NEAR}&radius=150&partners_to_exclude=France%20Travail&partners_to_exclude=recruteurs_lba`).body;
    expect(excluded.jobs.length).toBeGreaterThan(0);
    expect(excluded.jobs.some((j: any) => j.identifier.partner_label === "France Travail")).toBe(false);
    expect(excluded.recruiters).toEqual([]);
  });

  it("is deterministic for a seed, and the same entity keeps its ids across overlapping searches", () => {
    const url = `/api/job/v1/search?romes=M1805&${NEAR}&radius=30`;
    expect(liveApi({ seed: "a" }).gw(url).body).toEqual(liveApi({ seed: "a" }).gw(url).body);
    expect(liveApi({ seed: "b" }).gw(url).body).not.toEqual(liveApi({ seed: "a" }).gw(url).body);
    const narrow = gw(url).body.jobs.map((j: any) => j.identifier.id);
    const wide = new Set(gw(`/api/job/v1/search?romes=M1805,D1102&${NEAR}&radius=60`).body.jobs.map((j: any) => j.identifier.id));
    expect(narrow.every((id: string) => wide.has(id))).toBe(true);
  });
});

describe("warnings and failures", () => {
  const url = `/api/job/v1/search?romes=M1805,D1102&${NEAR}&radius=60`;

  it("FRANCE_TRAVAIL_API_ERROR: France Travail offers missing, the warning in the answer (HTTP 200)", () => {
    const full = liveApi().gw(url).body;
    const partial = liveApi({ warnings: ["FRANCE_TRAVAIL_API_ERROR"] }).gw(url);
    expect(partial.status).toBe(200);
    expect(partial.body.warnings).toEqual([{ code: "FRANCE_TRAVAIL_API_ERROR", message: "Unable to retrieve job offers from France Travail API" }]);
    expect(partial.body.jobs).toEqual(full.jobs.filter((j: any) => j.identifier.partner_label !== "France Travail"));
    expect(partial.body.recruiters).toEqual(full.recruiters);
  });

  it("formatting errors drop some items; unknown codes are passed as given", () => {
    const full = liveApi().gw(url).body;
    const partial = liveApi({ warnings: ["JOB_OFFER_FORMATING_ERROR", "RECRUITERS_FORMATING_ERROR", { code: "NEW_CODE", message: "Something new" }] }).gw(url).body;
    expect(partial.jobs.length).toBeLessThan(full.jobs.length);
    expect(partial.jobs.length).toBeGreaterThan(0);
    expect(partial.recruiters.length).toBeLessThan(full.recruiters.length);
    expect(partial.warnings.map((w: any) => w.code)).toEqual(["JOB_OFFER_FORMATING_ERROR", "RECRUITERS_FORMATING_ERROR", "NEW_CODE"]);
    expect(partial.warnings[2]).toEqual({ code: "NEW_CODE", message: "Something new" });
  });

  it("injected failures: gateway 5xx in its shape (generic message), then recovery after `times`; LBA routes fail their own way", () => {
    const { gw, get } = liveApi({ failures: { jobSearch: { status: 503, times: 2 }, formations: 500, metiers: 502 } });
    for (let i = 0; i < 2; i++) expect(gw(url)).toMatchObject({ status: 503, body: { statusCode: 503, name: "Service Unavailable", message: "The server was unable to complete your request" } });
    expect(gw(url).status).toBe(200);
    expect(gw(url, null).status).toBe(401); // the key check comes first
    expect(get("/api/v1/formations?caller=t&romes=M1805")).toMatchObject({ status: 500, body: { error: "internal_error" } });
    expect(get("/api/v1/metiers?title=a")).toMatchObject({ status: 502, body: { statusCode: 502, error: "Bad Gateway", message: "Une erreur est survenue" } });
  });
});

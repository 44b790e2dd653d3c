import { describe, expect, it } from "vitest";
import { liveApi } from "./live-helpers.js";

const FORMATIONS = "/api/v1/formations?caller=t&romes=M1805,D1102&latitude=47.2184&longitude=-1.5536&radius=30";

/** The framework 400 of the La Bonne Alternance server for zod issues. */
const framework = (context: string, issues: Record<string, unknown>[]) => ({
  statusCode: 400,
  error: "Bad Request",
  message: issues.map((i) => `${context}.${(i["path"] as string[]).join(".")}: ${i["message"] as string}`).join(", "),
  data: { validationError: { code: "FST_ERR_VALIDATION", issues, name: "ZodError", statusCode: 400, validationContext: context } },
});

describe("today's La Bonne Alternance routes: trainings", () => {
  const { get } = liveApi();

  it("answer today's training items: numbers for coordinates, target_diploma_level, contact.hasEmail, the clé as id", () => {
    const res = get(FORMATIONS);
    expect(res.status).toBe(200);
    const f = res.body.results[0];
    expect(typeof f.place.latitude).toBe("number");
    expect(typeof f.place.longitude).toBe("number");
    expect(f.contact).toEqual({ phone: f.contact.phone, hasEmail: false });
    expect(f.target_diploma_level).toMatch(/^[3-7] \(/);
    expect(f).not.toHaveProperty("diplomaLevel");
    expect(f).not.toHaveProperty("job");
    expect(f.id).toBe(f.cleMinistereEducatif);
    expect(f.id).toMatch(/#L01$/);
    const distances = res.body.results.map((r: any) => r.place.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.every((d: number) => d <= 30 && Math.round(d * 100) === d * 100)).toBe(true);
  });

  it("are case-insensitive, accept caller and unknown parameters (passthrough), default radius to 30", () => {
    expect(get(FORMATIONS.replace("/api/v1/", "/api/V1/")).body).toEqual(get(FORMATIONS).body);
    expect(get(`${FORMATIONS}&whatever=1`).body).toEqual(get(FORMATIONS).body);
    expect(get(FORMATIONS.replace("&radius=30", "")).body).toEqual(get(FORMATIONS).body);
  });

  it("refuse badly typed values with the framework 400 (zod issues)", () => {
    expect(get("/api/v1/formations?caller=t&romes=M1805&latitude=47&longitude=-1&radius=XX")).toMatchObject({
      status: 400,
      body: framework("querystring", [{ expected: "number", code: "invalid_type", received: "NaN", path: ["radius"], message: "Invalid input: expected number, received NaN" }]),
    });
    const diploma = get("/api/v1/formations?caller=t&romes=M1805&diploma=5");
    expect(diploma.status).toBe(400);
    expect(diploma.body.data.validationError.issues[0]).toMatchObject({ code: "invalid_value", path: ["diploma"] });
    expect(get("/api/v1/formations?caller=t&romes=M1805&diploma=5%20(BTS,%20DEUST...)").status).toBe(200);
    expect(get("/api/v1/formations?caller=t&romes=M1805&romes=D1102").body.data.validationError.issues[0].message).toBe("Invalid input: expected string, received array");
  });

  it("keep the 2022 business checks and their legacy 400 shape", () => {
    expect(get("/api/v1/formations?romes=M1805")).toMatchObject({ status: 400, body: { error: "wrong_parameters", error_messages: ["caller : caller is missing."] } });
    expect(get("/api/v1/formations?caller=t&romes=F1603,I1308&longitude=2.3752&latitude=48.845&radius=201").body).toEqual({
      error: "wrong_parameters",
      error_messages: ["radius : Search radius must be a number between 0 and 200."],
    });
    expect(get("/api/v1/formations?caller=t&romes=M1805&latitude=47").body.error_messages).toEqual(["longitude : Search center longitude is missing."]);
    expect(get("/api/v1/formationsParRegion?caller=t&region=52&departement=44").body.error_messages).toEqual(["region, departement : You must define either region OR departement, not both."]);
  });

  it("formationsParRegion answers a department's trainings without distance", () => {
    const res = get("/api/v1/formationsParRegion?caller=t&departement=44&romes=M1805,D1102");
    expect(res.status).toBe(200);
    expect(res.body.results.length).toBeGreaterThan(0);
    expect(res.body.results.every((f: any) => f.place.departementNumber === "44" && f.place.distance === null)).toBe(true);
  });

  it("formations/formation/{id}: the training, { results: [] } (HTTP 200) when unknown, and only caller in the query", () => {
    const training = get(FORMATIONS).body.results[0];
    const path = `/api/v1/formations/formation/${encodeURIComponent(training.id)}`;
    const one = get(`${path}?caller=t`);
    expect(one.status).toBe(200);
    expect(one.body.results).toEqual([{ ...training, place: { ...training.place, distance: null } }]);
    // The clé holds a "#": sent raw, the rest of the id is a URL fragment and the id is unknown.
    expect(get(`/api/v1/formations/formation/${training.id}`)).toEqual({ status: 200, body: { results: [] }, headers: expect.any(Object) });
    expect(get("/api/v1/formations/formation/nope").body).toEqual({ results: [] });
    expect(get(`${path}?romes=M1805`)).toMatchObject({
      status: 400,
      body: framework("querystring", [{ code: "unrecognized_keys", keys: ["romes"], path: [], message: 'Unrecognized key: "romes"' }]),
    });
  });

  it("a trailing slash is a 404, as on fastify", () => {
    expect(get("/api/v1/metiers/all/").status).toBe(404);
  });
});

describe("today's La Bonne Alternance routes: métiers", () => {
  const { get } = liveApi();

  it("/metiers accepts exactly title, romes, rncps: caller is a 400 'Unrecognized key'", () => {
    expect(get("/api/v1/metiers?title=boulan&caller=me")).toMatchObject({
      status: 400,
      body: framework("querystring", [{ code: "unrecognized_keys", keys: ["caller"], path: [], message: 'Unrecognized key: "caller"' }]),
    });
    expect(get("/api/v1/metiers?romes=D1102").body).toEqual(
      framework("querystring", [{ expected: "string", code: "invalid_type", path: ["title"], message: "Invalid input: expected string, received undefined" }]),
    );
    expect(get("/api/v1/metiers?title=").body).toEqual({ statusCode: 400, error: "Bad Request", message: "Parameters must include at least one from 'title', 'romes' and 'rncps'" });
    expect(get("/api/v1/metiers?title=a&withRomeLabels=true").status).toBe(400);
  });

  it("/metiers answers { labelsAndRomes } only, with rncps", () => {
    const res = get("/api/v1/metiers?title=boulan");
    expect(Object.keys(res.body)).toEqual(["labelsAndRomes"]);
    expect(res.body.labelsAndRomes[0]).toMatchObject({ label: "Boulangerie, pâtisserie, chocolaterie", romes: ["D1102", "D1104"], type: "job" });
    expect(res.body.labelsAndRomes[0].rncps).toContain("RNCP35316");
  });

  it("/metiers/all takes no query schema (anything passes) and sorts like JavaScript's default sort", () => {
    const res = get("/api/v1/metiers/all?caller=me&anything=1");
    expect(res.status).toBe(200);
    expect(res.body.metiers).toEqual([...res.body.metiers].sort());
    expect(res.body.metiers.at(-1)).toMatch(/^É/);
  });

  it("/metiers/intitule accepts exactly label and answers ROME couples, best matches first", () => {
    const res = get("/api/v1/metiers/intitule?label=boulanger");
    expect(res.status).toBe(200);
    expect(res.body.coupleAppellationRomeMetier[0]).toEqual({ code_rome: "D1102", intitule: "Boulangerie - viennoiserie", appellation: expect.stringMatching(/oulanger/) });
    expect(res.body.coupleAppellationRomeMetier.length).toBeLessThanOrEqual(30);
    expect(get("/api/v1/metiers/intitule?label=boulanger&caller=me").body.data.validationError.issues).toEqual([
      { code: "unrecognized_keys", keys: ["caller"], path: [], message: 'Unrecognized key: "caller"' },
    ]);
    expect(get("/api/v1/metiers/intitule?label=").body.data.validationError.issues).toEqual([
      { origin: "string", code: "too_small", minimum: 1, inclusive: true, path: ["label"], message: "Too small: expected string to have >=1 characters" },
    ]);
    expect(get("/api/v1/metiers/intitule").status).toBe(400);
  });

  it("/metiersParFormation/{cfd} knows the trainings' CFDs, { metiers: [] } otherwise", () => {
    const cfd = get(FORMATIONS).body.results[0].cfd;
    expect(get(`/api/v1/metiers/metiersParFormation/${cfd}`).body.metiers.length).toBeGreaterThan(0);
    expect(get("/api/v1/metiers/metiersParFormation/ZZZZ?caller=t")).toMatchObject({ status: 200, body: { metiers: [] } });
  });
});

describe("routes removed from production answer 404 (the server's not-found body)", () => {
  const { get, api } = liveApi();
  const notFound = { statusCode: 404, payload: { statusCode: 404, error: "Not Found", message: "Not Found" }, headers: {} };

  it.each([
    ["GET", "/api/V1/jobs?caller=t&romes=M1805"],
    ["GET", "/api/V1/jobs/job/186XKZD?caller=t"],
    ["GET", "/api/V1/jobs/matcha/66f1a2b3c4d5e6f7a8b9c0d1?caller=t"],
    ["GET", "/api/V1/jobs/company/40400744500079?caller=t"],
    ["GET", "/api/V1/jobsEtFormations?caller=t&romes=M1805"],
    ["POST", "/api/V1/application"],
    ["GET", "/api/V1/metiers/metiersParEtablissement/40400744500079?caller=t"],
  ])("%s %s", (method, url) => {
    const res = api.handle({ method, url, body: method === "POST" ? { caller: "t" } : undefined });
    expect(res.status).toBe(404);
    expect(res.body).toEqual(notFound);
  });

  it("as do unknown gateway paths (the gateway's own not-found message)", () => {
    expect(get("/api/job/v1/jobs").body).toEqual({ statusCode: 404, payload: { statusCode: 404, error: "Not Found", message: "Path does not exists" }, headers: {} });
  });
});

import { describe, expect, it } from "vitest";
import { readFixture } from "../support/shared.js";
import { mockGet, NANTES } from "./helpers.js";

const wrong = (...error_messages: string[]) => ({ error: "wrong_parameters", error_messages });

describe("mock API validation (legacy 400 shape, real messages)", () => {
  const get = mockGet();

  it("answers radius=201 exactly like the real fixture", () => {
    const res = get("/api/V1/formations?caller=t&romes=F1603,I1308&latitude=48.845&longitude=2.3752&radius=201");
    expect(res.status).toBe(400);
    expect(res.body).toEqual(readFixture("v1-formations.400-radius.json"));
  });

  it.each([
    ["caller missing", "/api/V1/formations?romes=M1805", wrong("caller : caller is missing.")],
    ["romes and romeDomain missing", "/api/V1/formations?caller=t", wrong("romes, romeDomain : You must define at least 1 rome code OR a single romeDomain.")],
    ["romes with romeDomain", "/api/V1/formations?caller=t&romes=M1805&romeDomain=M", wrong("romes, romeDomain : You must define either romes OR romeDomain, not both.")],
    ["bad rome code", "/api/V1/formations?caller=t&romes=M180", wrong("romes : Badly formatted rome codes. Rome code must be one letter followed by 4 digit number. ex : A1234")],
    ["bad romeDomain", "/api/V1/formations?caller=t&romeDomain=M1", wrong("romeDomain : Badly formatted romeDomain. Rome domain must be one letter or one letter followed by 2 digit number. ex : A or A12")],
    ["radius missing with a centre", "/api/V1/formations?caller=t&romes=M1805&latitude=47&longitude=-1", wrong("radius : Search radius is missing.")],
    ["radius not a number", "/api/V1/formations?caller=t&romes=M1805&latitude=47&longitude=-1&radius=abc", wrong("radius : Search radius must be a number.")],
    ["latitude out of range", "/api/V1/formations?caller=t&romes=M1805&latitude=91&longitude=-1&radius=10", wrong("latitude : Search center latitude must be a number between -90 and 90.")],
    ["longitude missing", "/api/V1/formations?caller=t&romes=M1805&latitude=47&radius=10", wrong("longitude : Search center longitude is missing.")],
    ["longitude not a number", "/api/V1/formations?caller=t&romes=M1805&latitude=47&longitude=x&radius=10", wrong("longitude : Search center longitude must be a number.")],
    ["bad diploma", "/api/V1/formations?caller=t&romes=M1805&diploma=2", wrong('diploma : Optional diploma argument used with wrong value. Should contains only one of "3xxx","4xxx","5xxx","6xxx","7xxx". xxx maybe any value')],
    ["jobs without romes", "/api/V1/jobs?caller=t", wrong("romes : Rome codes are missing. At least 1.")],
    ["jobs centre without insee", "/api/V1/jobs?caller=t&romes=M1805&latitude=47&longitude=-1&radius=10", wrong("insee : insee city code is missing.")],
    ["jobs bad insee", "/api/V1/jobs?caller=t&romes=M1805&latitude=47&longitude=-1&radius=10&insee=4410", wrong("insee : Badly formatted insee city code. Must be 5 digit number.")],
    ["jobs unknown source", "/api/V1/jobs?caller=t&romes=M1805&sources=lba,formations", wrong("sources : Optional sources argument used with wrong value. Should contains comma separated values among 'lbb', 'lba', 'offres', 'matcha'.")],
    ["jobsEtFormations unknown source", "/api/V1/jobsEtFormations?caller=t&romes=M1805&sources=peJobs", wrong("sources : Optional sources argument used with wrong value. Should contains comma separated values among 'formations', 'lbb', 'lba', 'offres', 'matcha'.")],
    ["region with departement", "/api/V1/formationsParRegion?caller=t&region=52&departement=44", wrong("region, departement : You must define either region OR departement, not both.")],
    ["bad departement", "/api/V1/formationsParRegion?caller=t&departement=4", wrong("departement : Badly formatted departement. departement must be a two digit number or three digit number for overseas departments. ex : 01 or 974")],
    ["unknown region", "/api/V1/formationsParRegion?caller=t&region=99", wrong("region : Badly formatted region. region must be one of the allowed values as described in the api online doc.")],
    ["France entière without job", "/api/V1/formationsParRegion?caller=t", wrong("region, departement, romes, romeDomain : You must assign a value to at least one of these parameters.")],
    ["repeated sources key", "/api/V1/jobs?caller=t&romes=M1805&sources=lba&sources=matcha", wrong("sources : Parameter given more than once. Send one comma-separated value (e.g. sources=lba,matcha).")],
  ])("%s", (_name, url, expected) => {
    const res = get(url);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(expected);
  });

  it("lists every problem of a query at once, in the server's order", () => {
    const res = get("/api/V1/formations?romes=M1805&latitude=100&longitude=-1");
    expect(res.body.error_messages).toEqual([
      "caller : caller is missing.",
      "latitude : Search center latitude must be a number between -90 and 90.",
      "radius : Search radius is missing.",
    ]);
  });

  it("limits ROME codes to 20 on formations and 15 on jobs, 20 everywhere with romeLimits", () => {
    const codes = (n: number) => Array.from({ length: n }, (_, i) => `M18${String(i).padStart(2, "0")}`).join(",");
    expect(get(`/api/V1/formations?caller=t&romes=${codes(20)}`).status).toBe(200);
    expect(get(`/api/V1/formations?caller=t&romes=${codes(21)}`).body).toEqual(wrong("romes : Too many rome codes. Maximum is 20."));
    expect(get(`/api/V1/formationsParRegion?caller=t&romes=${codes(21)}`).body).toEqual(wrong("romes : Too many rome codes. Maximum is 20."));
    expect(get(`/api/V1/jobs?caller=t&romes=${codes(16)}`).body).toEqual(wrong("romes : Too many rome codes. Maximum is 15."));
    expect(get(`/api/V1/jobsEtFormations?caller=t&romes=${codes(16)}`).body).toEqual(wrong("romes : Too many rome codes. Maximum is 15."));
    const newer = mockGet({ romeLimits: { jobs: 20 } });
    expect(newer(`/api/V1/jobs?caller=t&romes=${codes(16)}`).status).toBe(200);
  });

  it("accepts radius 0 and 20000, and jobs without any location (France entière)", () => {
    expect(get(`/api/V1/formations?caller=t&romes=M1805&latitude=47.2&longitude=-1.55&radius=0`).status).toBe(200);
    expect(get(`/api/V1/formations?caller=t&romes=M1805&latitude=47.2&longitude=-1.55&radius=20000`).status).toBe(200);
    expect(get(`/api/V1/jobs?caller=t&romes=M1805&${NANTES}&radius=20000`).status).toBe(200);
    expect(get(`/api/V1/jobs?caller=t&romes=M1805`).status).toBe(200);
  });

  it("accepts a Corsican insee code and Corsica as departement 20", () => {
    expect(get(`/api/V1/jobs?caller=t&romes=M1805&latitude=41.9&longitude=8.7&radius=30&insee=2A004`).status).toBe(200);
    const res = get(`/api/V1/formationsParRegion?caller=t&departement=20&romes=M1805,D1102,G1602`);
    expect(res.status).toBe(200);
    const departments = new Set(res.body.results.map((f: any) => f.place.departementNumber));
    expect([...departments].every((d) => d === "2A" || d === "2B")).toBe(true);
  });

  it("emits the framework shape when asked", () => {
    const res = mockGet({ errorShape: "framework" })("/api/V1/formations?caller=t&romes=M1805&latitude=47&longitude=-1&radius=201");
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      error: "Bad Request",
      message: "querystring.radius: Search radius must be a number between 0 and 200.",
      data: {
        validationError: {
          name: "ZodError",
          code: "FST_ERR_VALIDATION",
          statusCode: 400,
          validationContext: "querystring",
          issues: [{ code: "custom", path: ["radius"], message: "Search radius must be a number between 0 and 200." }],
        },
      },
    });
  });

  it("answers 404 JSON for unknown routes and wrong methods", () => {
    expect(get("/api/V1/nothing?caller=t")).toMatchObject({ status: 404, body: { error: "not_found" } });
    const api = mockGet();
    expect(api("/api/V1/application").status).toBe(404);
  });

  it("can stop requiring caller", () => {
    expect(mockGet({ requireCaller: false })("/api/V1/formations?romes=M1805").status).toBe(200);
  });
});

describe("mock API robustness", () => {
  it("answers malformed path escapes and absolute URLs without throwing", () => {
    const get = mockGet();
    expect(get("/api/V1/metiers/metiersParEtablissement/%E0%A4%A?caller=t")).toMatchObject({ status: 200, body: { result: "not_found" } });
    expect(get("https://labonnealternance.apprentissage.beta.gouv.fr/api/V1/metiers/all?caller=t").status).toBe(200);
    expect(get("/api/v1/metiers/all/?caller=t").status).toBe(200);
  });
});

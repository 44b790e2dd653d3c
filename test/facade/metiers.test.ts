import { describe, expect, it } from "vitest";
import { LbaApiError, LbaInputError } from "../../src/index.js";
import { readFixture } from "../support/shared.js";
import { BASE, query, useMswServer } from "../support/msw.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";

const api = useMswServer();
const client = () => createLegacyLbaClient({ caller: "test-suite", baseUrl: BASE, retry: false, rateLimit: false });

describe("metiers", () => {
  it("findMetiers returns jobs and diplomas with their ROME codes", async () => {
    const body = readFixture<{ labelsAndRomes: { romes: string[] }[]; labelsAndRomesForDiplomas: unknown[] }>("metiers-title-web.json");
    api.on("get", "/api/V1/metiers", body);
    const result = await client().findMetiers("web");
    expect(query(api.requests[0]!)).toMatchObject({ title: "web", caller: "test-suite" });
    expect(result.metiers.map((m) => m.romes)).toEqual(body.labelsAndRomes.map((m) => m.romes));
    expect(result.diplomas).toHaveLength(body.labelsAndRomesForDiplomas.length);
  });

  it("listMetiers returns the names", async () => {
    api.on("get", "/api/V1/metiers/all", { metiers: ["Accueil touristique", "Boulangerie"] });
    expect(await client().listMetiers()).toEqual(["Accueil touristique", "Boulangerie"]);
  });

  it("lookups return null on { result: 'not_found' } and throw on { result: 'error' }", async () => {
    api.on("get", "/api/V1/metiers/metiersParFormation/:cfd", { result: "not_found" });
    api.on("get", "/api/V1/metiers/metiersParEtablissement/:siret", { result: "error", message: "db down" });
    expect(await client().metiersForFormation("50022137")).toBeNull();
    const error = await client().metiersForEtablissement("19350936100278").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LbaApiError);
    expect((error as LbaApiError).status).toBe(200);
    expect((error as LbaApiError).messages).toEqual(["db down"]);
  });

  it("sends the code in the path", async () => {
    api.on("get", "/api/V1/metiers/metiersParFormation/:cfd", { metiers: ["Développement web"] });
    expect(await client().metiersForFormation("1703260V")).toEqual(["Développement web"]);
    expect(new URL(api.requests[0]!.url).pathname).toBe("/api/V1/metiers/metiersParFormation/1703260V");
  });

  it("rejects empty titles and malformed codes before sending", async () => {
    for (const run of [() => client().findMetiers("  "), () => client().metiersForFormation("123"), () => client().metiersForEtablissement("1234567890123")]) {
      expect(await run().catch((e: unknown) => e)).toBeInstanceOf(LbaInputError);
    }
    expect(api.requests).toHaveLength(0);
  });
});

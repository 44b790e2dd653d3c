// Hostile answers through the facade, in every validation mode ("off" included): whatever the body,
// each method ends in a result or an LbaError, never a TypeError.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLbaClient, department, LbaError, near, type ValidationMode } from "../../src/index.js";
import { formation, jobSearch } from "../support/live-items.js";
import { createLegacyLbaClient } from "../../src/legacy/index.js";

const RUNS = { seed: 20261129, numRuns: 60 };

/** A JSON body: garbage, or a near-valid answer with one part replaced by garbage. */
const garbage = fc.jsonValue({ maxDepth: 4 });
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    garbage,
    fc.tuple(garbage, fc.nat()).map(([junk, n]) => {
      const copy = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
      const keys = Object.keys(copy);
      copy[keys[n % keys.length]!] = junk;
      return copy;
    }),
    fc.tuple(garbage, fc.nat()).map(([junk, n]) => {
      const copy = JSON.parse(JSON.stringify(valid)) as Record<string, unknown[]>;
      const lists = Object.values(copy).filter(Array.isArray);
      const list = lists[n % Math.max(1, lists.length)];
      if (list && list.length > 0) list[n % list.length] = junk;
      return copy;
    }),
  );
}

const bodies = fc.record({
  formations: mutated({ results: [formation("a"), formation("b")] }),
  search: mutated(jobSearch()),
  metiers: mutated({ labelsAndRomes: [{ label: "Boulangerie", romes: ["D1102"], type: "job" }] }),
  names: mutated({ metiers: ["A", "B"] }),
  intitule: mutated({ coupleAppellationRomeMetier: [{ intitule: "a", appellation: "b", code_rome: "D1102" }] }),
  legacyJobs: mutated({ peJobs: { results: [] }, lbaCompanies: { results: [{ ideaType: "lba", company: { siret: "1" } }] }, matchas: { results: [] } }),
  status: fc.constantFrom(200, 200, 200, 202, 204, 400, 401, 403, 404, 429, 500, 503),
  raw: fc.oneof(fc.constant(undefined), fc.constantFrom("", "null", "{", "[]", '"x"', "1e400")),
});

type Bodies = typeof bodies extends fc.Arbitrary<infer T> ? T : never;

function fetchFor(b: Bodies) {
  return async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname;
    const pick = path.endsWith("/job/v1/search")
      ? b.search
      : path.includes("/job/v1/offer/")
        ? (b.search as { jobs?: unknown[] })?.jobs?.[0] ?? b.search
        : path.endsWith("/apply") || path.endsWith("/application")
          ? b.names
          : /formations|formationsParRegion|formation\//i.test(path)
            ? b.formations
            : path.endsWith("/intitule")
              ? b.intitule
              : /metiers\/(all|metiersPar)/i.test(path)
                ? b.names
                : path.toLowerCase().endsWith("/metiers")
                  ? b.metiers
                  : b.legacyJobs;
    const text = b.raw ?? JSON.stringify(pick);
    return new Response(b.status === 204 ? null : text, { status: b.status, headers: { "content-type": "application/json" } });
  };
}

async function settle(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    return error instanceof LbaError ? "ok" : `non-LbaError: ${(error as Error)?.name}: ${(error as Error)?.message?.slice(0, 160)}`;
  }
}

const applicant = { email: "a@b.fr", firstName: "A", lastName: "B", phone: "0612345678" };
const cv = { fileName: "cv.pdf", content: "data:application/pdf;base64,JVBERi0xLjQK" };

describe("hostile answers never end in anything but a result or an LbaError", () => {
  for (const validation of ["lenient", "strict", "off"] as ValidationMode[]) {
    it(`today's client, validation ${validation}`, async () => {
      await fc.assert(
        fc.asyncProperty(bodies, async (b) => {
          const client = createLbaClient({ caller: "answers", apiKey: "k", fetch: fetchFor(b), retry: false, rateLimit: false, validation });
          const runs = [
            () => client.searchFormations({ romes: "M1805", where: near(47.2, -1.5) }),
            () => client.searchFormations({ romes: "M1805", where: department("2A") }),
            () => client.getFormation("x"),
            () => client.searchCompanies({ romes: "M1805", where: [department("44"), department("49")] }),
            () => client.getJob("x"),
            () => client.searchAll({ romes: "M1805" }),
            () => client.findMetiers("boulanger"),
            () => client.listMetiers(),
            () => client.metiersForFormation("50022137"),
            () => client.metiersForLabel("Boulanger"),
            () => client.sendApplication({ applicant, cv, recipientId: `partners_${"a".repeat(24)}` }),
            () => client.paginate.companies({ romes: "M1805" }).toArray(),
          ];
          for (const run of runs) expect(await settle(run)).toBe("ok");
        }),
        RUNS,
      );
    });

    it(`the 2022 client, validation ${validation}`, async () => {
      await fc.assert(
        fc.asyncProperty(bodies, async (b) => {
          const client = createLegacyLbaClient({ caller: "answers", fetch: fetchFor(b), retry: false, rateLimit: false, validation });
          const runs = [
            () => client.searchFormations({ romes: "M1805", where: department("35") }),
            () => client.searchCompanies({ romes: "M1805" }),
            () => client.searchAll({ romes: "M1805" }),
            () => client.findMetiers("boulanger"),
            () => client.metiersForEtablissement("19350936100278"),
            () => client.paginate.all({ romes: "M1805" }).toArray(),
          ];
          for (const run of runs) expect(await settle(run)).toBe("ok");
        }),
        RUNS,
      );
    });
  }
});

// The mock finds job names the way the server does (`metiers.service.ts`: accents removed, case
// ignored, each word of the title matched at the start of a word of the job's label, appellations,
// ROME labels and diploma titles, best score first), in both API generations (issue 20, item 5).
import { describe, expect, it } from "vitest";
import { createLbaClient } from "../../src/index.js";
import { createMockFetch } from "../../src/testing/index.js";
import { titleRegexes } from "../../src/testing/mock-api/metier-search.js";
import { mockGet } from "./helpers.js";
import { liveApi } from "./live-helpers.js";

const DEV = "Développement, intégration";
const today = (title: string): string[] => liveApi().get(`/api/v1/metiers?title=${encodeURIComponent(title)}`).body.labelsAndRomes.map((m: { label: string }) => m.label);
const legacy = (title: string): string[] => mockGet()(`/api/V1/metiers?caller=t&title=${encodeURIComponent(title)}`).body.labelsAndRomes.map((m: { label: string }) => m.label);

describe("job names found by title, as the server finds them", () => {
  it.each(["développeur", "developpeur", "DEVELOP", "Développ", "dévelopPEUSE", "developpeur web"])("%s finds the developer jobs (both generations)", (title) => {
    expect(today(title)).toContain(DEV);
    expect(legacy(title)).toContain(DEV);
  });

  it("through the SDK: findMetiers(\"développeur\") returns the developer jobs and their ROME codes", async () => {
    const client = createLbaClient({ caller: "test-suite", fetch: createMockFetch({ rateLimits: false }) });
    const { metiers } = await client.findMetiers("développeur");
    expect(metiers.find((m) => m.label === DEV)?.romes).toEqual(["M1805", "M1802"]);
  });

  it("matches accents and case in the labels too: electricite, ÉLEC", () => {
    expect(today("electricite")[0]).toBe("Électricité, électronique");
    expect(today("ÉLEC")[0]).toBe("Électricité, électronique");
  });

  it("matches a word's start, not its middle (the server's \\b)", () => {
    expect(today("boulang")).toContain("Boulangerie, pâtisserie, chocolaterie");
    expect(today("ulangerie")).toEqual([]);
    expect(today("zzzz")).toEqual([]);
  });

  it("ranks by the server's weights: a match in the job's own label first", () => {
    // "Informatique, systèmes et réseaux" matches in its label (80) and starts with the term (20);
    // "Développement, intégration" only through its ROME label "Études et développement informatique".
    const found = today("informatique");
    expect(found[0]).toBe("Informatique, systèmes et réseaux");
    expect(found).toContain(DEV);
    expect(found.indexOf(DEV)).toBeGreaterThan(0);
  });

  it("builds the server's patterns: terms at word starts, one-letter terms after the first dropped, the whole title when it has a space", () => {
    expect(titleRegexes("Dévelop web").map(String)).toEqual(["/\\bDevelop/i", "/\\bweb/i", "/\\bDevelop web/i"]);
    expect(titleRegexes("aide à la personne").map(String)).toEqual(["/\\baide/i", "/\\bla/i", "/\\bpersonne/i", "/\\baide a la personne/i"]);
    // Regex characters split the terms and are removed from the whole title: "c++ (dev)" is safe.
    expect(titleRegexes("c++ (dev)").map(String)).toEqual(["/\\bc/i", "/\\bdev/i", "/\\bc dev/i"]);
  });

  it("legacy diplomas are matched the same way (word starts, accents ignored)", () => {
    const body = mockGet()(`/api/V1/metiers?caller=t&title=${encodeURIComponent("INFORMATIQUE")}`).body;
    expect(body.labelsAndRomesForDiplomas.length).toBeGreaterThan(0);
    expect(body.labelsAndRomesForDiplomas.every((d: { label: string }) => /\binformatique/i.test(d.label.normalize("NFD").replace(/[\u0300-\u036f]/g, "")))).toBe(true);
  });
});

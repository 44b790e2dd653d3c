import { describe, expect, it } from "vitest";
import { LbaInputError } from "../../src/errors/index.js";
import { department, near } from "../../src/geo/index.js";
import { widgetUrl, type SearchWidgetOptions, type WidgetOptions } from "../../src/widget/index.js";
import { inputError } from "../support/input-error.js";

// Today's search page: the parameters, order and omitted defaults of the site's own buildSearchUrl
// (ui/app/(candidat)/(recherche)/recherche/_utils/search.params.utils.ts), `caller` appended last.

const ORIGIN = "https://labonnealternance.apprentissage.beta.gouv.fr";
const entries = (url: string) => [...new URL(url).searchParams];

describe("widgetUrl: today's search page (default)", () => {
  it("targets {baseUrl}/recherche with only caller by default", () => {
    expect(widgetUrl({ caller: "my-site" })).toBe(`${ORIGIN}/recherche?caller=my-site`);
    // `legacy: false` (code written for 1.x) is today's page too.
    expect(widgetUrl({ legacy: false, caller: "my-site" } as never)).toBe(`${ORIGIN}/recherche?caller=my-site`);
  });

  it("writes every parameter the page reads, in the site's order", () => {
    const url = widgetUrl({
      caller: "mon-site",
      q: "boulanger",
      mode: "jobs-with-training",
      where: near(47.2184, -1.5536, { radius: 40 }),
      placeLabel: "Nantes 44000",
      contractTypes: ["Apprentissage", "Professionnalisation"],
      levels: [3, "7"],
      activitySectors: ["Boulangerie et boulangerie-pâtisserie", "Commerce de détail"],
      typeFilterLabels: "Offres d'emploi postées par des écoles",
      organizationName: "BOULANGERIE DU PORT",
      startDate: "2026-09-01",
      urgent: true,
      handi: true,
      smartApply: false,
      sort: "proximity",
      page: 2,
      hitsPerPage: 50,
      baseUrl: "https://labonnealternance-recette.apprentissage.beta.gouv.fr/",
    });
    expect(url.startsWith("https://labonnealternance-recette.apprentissage.beta.gouv.fr/recherche?")).toBe(true);
    expect(entries(url)).toEqual([
      ["q", "boulanger"],
      ["lieu_label", "Nantes 44000"],
      ["mode", "emplois_formation"],
      ["type_filter_label", "Offres d'emploi postées par des écoles"],
      ["contract_type", "Apprentissage"],
      ["contract_type", "Professionnalisation"],
      ["level", "CAP, BEP (Infrabac)"],
      ["level", "Master, titre ingénieur, grande école (Bac+5)"],
      ["activity_sector", "Boulangerie et boulangerie-pâtisserie"],
      ["activity_sector", "Commerce de détail"],
      ["organization_name", "BOULANGERIE DU PORT"],
      ["start_date", "2026-09-01"],
      ["urgent", "true"],
      ["handi", "true"],
      ["smart_apply", "false"],
      ["sort", "proximity"],
      ["latitude", "47.2184"],
      ["longitude", "-1.5536"],
      ["radius", "40"],
      ["page", "2"],
      ["hitsPerPage", "50"],
      ["caller", "mon-site"],
    ]);
  });

  it.each([
    ["jobs", undefined],
    ["emplois", undefined],
    ["trainings", "formations"],
    ["formations", "formations"],
    ["jobs-with-training", "emplois_formation"],
    ["emplois_formation", "emplois_formation"],
  ] as const)("mode %s → mode=%s (the default emplois is left out)", (mode, sent) => {
    expect(new URL(widgetUrl({ caller: "c", mode })).searchParams.get("mode")).toBe(sent ?? null);
  });

  it("leaves out the page's defaults (radius 20, page 0, hitsPerPage 20) and sends the others", () => {
    const defaults = widgetUrl({ caller: "c", where: near(48.1173, -1.6778, { radius: 20 }), page: 0, hitsPerPage: 20 });
    expect(entries(defaults)).toEqual([["latitude", "48.1173"], ["longitude", "-1.6778"], ["caller", "c"]]);
    // near() defaults to 30 km (the API's default), which is not the page's: it is sent.
    expect(new URL(widgetUrl({ caller: "c", where: near(48.1173, -1.6778) })).searchParams.get("radius")).toBe("30");
    expect(new URL(widgetUrl({ caller: "c", where: near(48.1173, -1.6778, { radius: 0 }) })).searchParams.get("radius")).toBe("0");
    expect(new URL(widgetUrl({ caller: "c", where: near(48.1173, -1.6778, { radius: 200 }) })).searchParams.get("radius")).toBe("200");
    expect(entries(widgetUrl({ caller: "c", page: 1, hitsPerPage: 1 }))).toEqual([["page", "1"], ["hitsPerPage", "1"], ["caller", "c"]]);
    expect(entries(widgetUrl({ caller: "c", hitsPerPage: 100 }))).toEqual([["hitsPerPage", "100"], ["caller", "c"]]);
  });

  it("sends latitude and longitude together, never one alone, and ignores a town's INSEE code", () => {
    const params = new URL(widgetUrl({ caller: "c", where: near(47.2184, -1.5536, { radius: 10, insee: "44109" }) })).searchParams;
    expect([...params.keys()]).toEqual(["latitude", "longitude", "radius", "caller"]);
    expect(widgetUrl({ caller: "c", where: { kind: "near", latitude: 0, longitude: 0, radius: 20 } })).toBe(`${ORIGIN}/recherche?latitude=0&longitude=0&caller=c`);
  });

  it("writes booleans as the site does: true and false both", () => {
    const params = new URL(widgetUrl({ caller: "c", urgent: false, handi: false, smartApply: true })).searchParams;
    expect([params.get("urgent"), params.get("handi"), params.get("smart_apply")]).toEqual(["false", "false", "true"]);
  });

  it("repeats the key of each filter value, one value or a list, duplicates dropped", () => {
    expect(entries(widgetUrl({ caller: "c", contractTypes: "Apprentissage" }))).toEqual([["contract_type", "Apprentissage"], ["caller", "c"]]);
    expect(entries(widgetUrl({ caller: "c", activitySectors: ["A, B", "A, B", "C"] }))).toEqual([["activity_sector", "A, B"], ["activity_sector", "C"], ["caller", "c"]]);
    const url = widgetUrl({ caller: "c", mode: "trainings", typeFilterLabels: ["Formation à distance", "Formation en présentiel"] });
    expect(url).toContain("type_filter_label=Formation+%C3%A0+distance&type_filter_label=Formation+en+pr%C3%A9sentiel");
  });

  it.each([
    [3, "CAP, BEP (Infrabac)"],
    [4, "Bac, Bac Pro, BP (Bac)"],
    ["5", "BTS, DEUST (Bac+2)"],
    ["6 (Licence...)", "Licence, BUT, Licence Pro (Bac+3)"],
    ["6 (Licence, BUT...)", "Licence, BUT, Licence Pro (Bac+3)"],
    ["7 (Master, titre ingénieur...)", "Master, titre ingénieur, grande école (Bac+5)"],
    ["BTS, DEUST (Bac+2)", "BTS, DEUST (Bac+2)"],
  ] as const)("level %j is sent as the page's label %j", (level, label) => {
    expect(new URL(widgetUrl({ caller: "c", levels: level })).searchParams.getAll("level")).toEqual([label]);
  });

  it("encodes every value: reserved characters come back intact and never split the query", () => {
    const hostile = `a&b=c#d?e+f %25 "é" <x> /`;
    const url = widgetUrl({ caller: hostile, q: hostile, organizationName: hostile, activitySectors: hostile });
    expect(url).not.toContain("#");
    expect(url.split("?")).toHaveLength(2);
    const params = new URL(url).searchParams;
    expect([params.get("q"), params.get("organization_name"), params.get("activity_sector"), params.get("caller")]).toEqual([hostile, hostile, hostile, hostile]);
    expect([...params.keys()]).toEqual(["q", "activity_sector", "organization_name", "caller"]);
  });

  it("keeps a base URL's path and drops its trailing slashes", () => {
    expect(widgetUrl({ caller: "c", baseUrl: "http://127.0.0.1:3000/lba//" })).toBe("http://127.0.0.1:3000/lba/recherche?caller=c");
  });

  it("reads own properties only: nothing from a prototype, even a polluted one", () => {
    const options = Object.assign(Object.create({ q: "inherited", mode: "trainings" }) as object, { caller: "c" }) as SearchWidgetOptions;
    expect(widgetUrl(options)).toBe(`${ORIGIN}/recherche?caller=c`);
    const proto = Object.prototype as Record<string, unknown>;
    proto.sort = "date";
    try {
      expect(widgetUrl({ caller: "c" })).toBe(`${ORIGIN}/recherche?caller=c`);
    } finally {
      delete proto.sort;
    }
  });

  it("tolerates a key whose value is undefined (optional values spread in)", () => {
    expect(widgetUrl({ caller: "c", q: undefined, ...({ extra: undefined } as object) } as SearchWidgetOptions)).toBe(`${ORIGIN}/recherche?caller=c`);
  });

  it("refuses the 2022 options, naming the entry that has them", () => {
    // @ts-expect-error romes is an option of the 2022 widget only
    expect(inputError(() => widgetUrl({ caller: "c", romes: "M1805" })).issues[0]).toMatchObject({ field: "romes", expected: expect.stringContaining("labonnealternance/legacy") });
    const options: WidgetOptions = { caller: "c", q: "boulanger" };
    expect(widgetUrl(options)).toBe(`${ORIGIN}/recherche?q=boulanger&caller=c`);
  });
});

describe("widgetUrl: bad options (LbaInputError naming the field, nothing built)", () => {
  const nantes = near(47.2184, -1.5536, { radius: 20 });
  it.each([
    ["options", null],
    ["options", ["caller"]],
    ["caller", {}],
    ["caller", { caller: "" }],
    ["caller", { caller: "   " }],
    ["caller", { caller: 42 }],
    ["caller", { caller: "x".repeat(201) }],
    ["legacy", { caller: "c", legacy: "true" }],
    ["baseUrl", { caller: "c", baseUrl: "ftp://example.org" }],
    ["baseUrl", { caller: "c", baseUrl: "/relative" }],
    ["baseUrl", { caller: "c", baseUrl: "https://example.org/?a=1" }],
    ["baseUrl", { caller: "c", baseUrl: "https://example.org/#top" }],
    ["baseUrl", { caller: "c", baseUrl: "https://user:secret@example.org" }],
    ["baseUrl", { caller: "c", baseUrl: `https://example.org/${"a".repeat(2000)}` }],
    ["q", { caller: "c", q: "" }],
    ["q", { caller: "c", q: ["boulanger"] }],
    ["q", { caller: "c", q: "x".repeat(201) }],
    ["mode", { caller: "c", mode: "all" }],
    ["mode", { caller: "c", mode: "jobs-and-trainings" }],
    ["mode", { caller: "c", mode: "trainings-and-jobs" }],
    ["where", { caller: "c", where: department("44") }],
    ["where", { caller: "c", where: [nantes] }],
    ["where", { caller: "c", where: "Nantes" }],
    ["where.latitude", { caller: "c", where: { kind: "near", latitude: 100, longitude: 0, radius: 20 } }],
    ["where.radius", { caller: "c", where: near(47.2, -1.5, { radius: 12.5 }) }],
    ["where.radius", { caller: "c", where: near(47.2, -1.5, { radius: 20000 }) }],
    ["where.radius", { caller: "c", where: near(47.2, -1.5, { radius: [10, 30], minResults: 5 }) }],
    ["placeLabel", { caller: "c", placeLabel: "Nantes" }],
    ["placeLabel", { caller: "c", where: nantes, placeLabel: "" }],
    ["contractTypes", { caller: "c", contractTypes: "CDI" }],
    ["contractTypes[1]", { caller: "c", contractTypes: ["Apprentissage", "apprentissage"] }],
    ["contractTypes", { caller: "c", contractTypes: [] }],
    ["levels", { caller: "c", levels: 8 }],
    ["levels[0]", { caller: "c", levels: ["Bac+2"] }],
    ["levels[1]", { caller: "c", levels: [5, undefined] }],
    ["levels[1]", { caller: "c", levels: [5, , 6] }],
    ["levels", { caller: "c", levels: Array.from({ length: 51 }, () => 5) }],
    ["activitySectors[0]", { caller: "c", activitySectors: [""] }],
    ["typeFilterLabels", { caller: "c", typeFilterLabels: 3 }],
    ["typeFilterLabels", { caller: "c", typeFilterLabels: "Formation à distance" }],
    ["typeFilterLabels", { caller: "c", mode: "trainings", typeFilterLabels: "Candidatures spontanées" }],
    ["organizationName", { caller: "c", organizationName: "x".repeat(201) }],
    ["startDate", { caller: "c", startDate: "01/09/2026" }],
    ["startDate", { caller: "c", startDate: "2026-02-30" }],
    ["startDate", { caller: "c", startDate: "2026-9-1" }],
    ["startDate", { caller: "c", startDate: new Date(0) }],
    ["urgent", { caller: "c", urgent: "true" }],
    ["handi", { caller: "c", handi: 1 }],
    ["smartApply", { caller: "c", smartApply: null }],
    ["sort", { caller: "c", sort: "relevance" }],
    ["sort", { caller: "c", sort: "proximity" }],
    ["sort", { caller: "c", mode: "trainings", sort: "date" }],
    ["page", { caller: "c", page: -1 }],
    ["page", { caller: "c", page: 1.5 }],
    ["page", { caller: "c", page: "2" }],
    ["hitsPerPage", { caller: "c", hitsPerPage: 0 }],
    ["hitsPerPage", { caller: "c", hitsPerPage: 101 }],
    ["contractTypes", { caller: "c", mode: "trainings", contractTypes: "Apprentissage" }],
    ["activitySectors", { caller: "c", mode: "trainings", activitySectors: "Commerce" }],
    ["startDate", { caller: "c", mode: "trainings", startDate: "2026-09-01" }],
    ["urgent", { caller: "c", mode: "formations", urgent: true }],
    ["handi", { caller: "c", mode: "trainings", handi: false }],
    ["smartApply", { caller: "c", mode: "trainings", smartApply: true }],
    ["romes", { caller: "c", romes: "M1805" }],
    ["jobName", { caller: "c", jobName: "Boulanger" }],
    ["raduis", { caller: "c", raduis: 20 }],
  ])("%s: %j", (field, options) => {
    const error = inputError(() => widgetUrl(options as never));
    expect(error).toBeInstanceOf(LbaInputError);
    expect(error.issues.map((issue) => issue.field)).toEqual([field]);
    expect(error.issues[0]!.expected.length).toBeGreaterThan(0);
  });

  it("lists every problem at once", () => {
    const error = inputError(() => widgetUrl({ caller: "", q: "", mode: "all", hitsPerPage: 0, sort: "proximity", romes: "M1805" } as never));
    expect(error.issues.map((issue) => issue.field).sort()).toEqual(["caller", "hitsPerPage", "mode", "q", "romes", "sort"]);
  });

  it("never shows free text in the error (it may be personal)", () => {
    const secret = "jeanne.martin@example.fr 0612345678";
    for (const options of [
      { caller: `${secret}${"x".repeat(200)}` },
      { caller: "c", q: `${secret}${"x".repeat(200)}` },
      { caller: "c", placeLabel: secret },
      { caller: "c", organizationName: `${secret}${"x".repeat(200)}` },
      { caller: "c", activitySectors: [`${secret}${"x".repeat(200)}`] },
      { caller: "c", [secret]: 1 },
    ]) {
      const error = inputError(() => widgetUrl(options as never));
      expect(error.message).not.toContain("jeanne");
      expect(JSON.stringify(error.issues)).not.toContain("jeanne");
    }
  });

  it("names the mix-up of the 2022 scope with today's modes", () => {
    const issue = inputError(() => widgetUrl({ caller: "c", mode: "jobs-and-trainings" as never })).issues[0]!;
    expect(issue.problem).toContain("not both");
  });

  it("bounds the cost of a hostile options object", () => {
    const options: Record<string, unknown> = { caller: "c" };
    for (let i = 0; i < 10_000; i++) options[`k${i}`] = i;
    expect(inputError(() => widgetUrl(options as never)).issues.length).toBeLessThanOrEqual(20);
  });
});

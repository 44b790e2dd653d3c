import { describe, expect, it } from "vitest";
import { near } from "../../src/geo/index.js";
import { applyUrl, widgetIframe, widgetUrl } from "../../src/widget/index.js";
import { inputError } from "../support/input-error.js";

const ORIGIN = "https://labonnealternance.apprentissage.beta.gouv.fr";
const OFFER_ID = "partners_64f1c2a9e4b0a1b2c3d4e5f6";

/** The `src` of a snippet, its HTML character references decoded. */
function srcOf(html: string): string {
  return /src="([^"]*)"/.exec(html)![1]!.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));
}

describe("applyUrl: today's /postuler page (default)", () => {
  it("takes the recipient_id of a search item (string or the item itself)", () => {
    expect(applyUrl({ caller: "mon-site", recipientId: OFFER_ID })).toBe(`${ORIGIN}/postuler?caller=mon-site&recipient_id=${OFFER_ID}`);
    const company = { apply: { recipient_id: "recruiters_64F1C2A9E4B0A1B2C3D4E5F6", url: "https://example.org/apply" } };
    expect(Object.fromEntries(new URL(applyUrl({ caller: "a b&c", recipientId: company, baseUrl: "http://127.0.0.1:3000/" })).searchParams)).toEqual({
      caller: "a b&c",
      recipient_id: "recruiters_64F1C2A9E4B0A1B2C3D4E5F6",
    });
  });

  it("points an item without recipient_id to its apply.url", () => {
    const issue = inputError(() => applyUrl({ caller: "c", recipientId: { apply: { recipient_id: null, url: "https://partner.example/offre/1" } } })).issues[0]!;
    expect(issue.field).toBe("recipientId");
    expect(issue.expected).toContain("https://partner.example/offre/1");
  });

  it.each([
    ["recipientId", { caller: "c" }],
    ["recipientId", { caller: "c", recipientId: null }],
    ["recipientId", { caller: "c", recipientId: "62b1d6c25fd2b1002f5fc12c" }],
    ["recipientId", { caller: "c", recipientId: "partners_64f1c2a9e4b0a1b2c3d4e5f" }],
    ["recipientId", { caller: "c", recipientId: "lba_64f1c2a9e4b0a1b2c3d4e5f6" }],
    ["recipientId", { caller: "c", recipientId: { apply: { recipient_id: "partners_x" } } }],
    ["caller", { recipientId: OFFER_ID }],
    ["caller", { caller: "", recipientId: OFFER_ID }],
    ["baseUrl", { caller: "c", recipientId: OFFER_ID, baseUrl: "https://example.org?x=1" }],
    ["legacy", { caller: "c", recipientId: OFFER_ID, legacy: 1 }],
    ["type", { caller: "c", recipientId: OFFER_ID, type: "matcha" }],
    ["itemId", { caller: "c", recipientId: OFFER_ID, itemId: "1" }],
    ["options", "partners_64f1c2a9e4b0a1b2c3d4e5f6"],
  ])("rejects %s: %j", (field, options) => {
    expect(inputError(() => applyUrl(options as never)).issues.map((issue) => issue.field)).toEqual([field]);
  });

  it("refuses legacy: true, naming the 2022 form's entry, and the 2022 options", () => {
    // @ts-expect-error legacy is gone from today's options (1.0.0)
    expect(inputError(() => applyUrl({ legacy: true, caller: "c", recipientId: OFFER_ID })).issues).toEqual([expect.objectContaining({ field: "legacy", expected: expect.stringContaining("labonnealternance/legacy") })]);
    // @ts-expect-error the 2022 item types are legacyApplyUrl's
    expect(inputError(() => applyUrl({ caller: "c", itemId: "1", type: "matcha" })).issues.map((i) => i.field)).toEqual(["itemId", "type", "recipientId"]);
  });
});

describe("widgetIframe: today's search page (default)", () => {
  it("embeds exactly the widgetUrl of the same options", () => {
    const options = { caller: "c", q: "boulanger", where: near(47.2184, -1.5536, { radius: 20 }), placeLabel: "Nantes 44000" };
    const html = widgetIframe({ ...options, height: 640, title: "Offres" });
    expect(srcOf(html)).toBe(widgetUrl(options));
    expect(html).toBe(`<iframe src="${srcOf(html).replace(/&/g, "&#38;")}" title="Offres" width="100%" height="640" style="border:0" loading="lazy"></iframe>`);
  });

  it("escapes every value of the markup", () => {
    const html = widgetIframe({ caller: `"><script>alert(1)</script>`, q: `' onload='alert(1)`, title: `A "title" <b>` });
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/'/);
    expect(html.match(/"/g)).toHaveLength(12); // only the 6 attributes' own quotes
    expect(html).toContain('title="A &#34;title&#34; &#60;b&#62;"');
    expect(new URL(srcOf(html)).searchParams.get("q")).toBe(`' onload='alert(1)`);
  });

  it.each([
    ["height", { caller: "c", height: 0 }],
    ["height", { caller: "c", height: "600px" }],
    ["title", { caller: "c", title: 1 }],
    ["title", { caller: "c", title: "x".repeat(301) }],
    ["q", { caller: "c", q: "" }],
    ["width", { caller: "c", width: 300 }],
    ["romes", { caller: "c", romes: "M1805", height: 600 }],
  ])("rejects %s: %j", (field, options) => {
    expect(inputError(() => widgetIframe(options as never)).issues[0]?.field).toBe(field);
  });

  it("reads the frame's options as own properties only", () => {
    const options = Object.assign(Object.create({ height: -1, title: 5 }) as object, { caller: "c" });
    expect(widgetIframe(options as never)).toContain('height="800"');
  });
});

describe("the 2022 widget is not here: legacy: true names its entry", () => {
  it("widgetUrl and widgetIframe refuse it, with the entry to use", () => {
    for (const build of [widgetUrl, widgetIframe]) {
      const issues = inputError(() => build({ legacy: true, caller: "c" } as never)).issues;
      expect(issues).toEqual([expect.objectContaining({ field: "legacy", problem: expect.stringContaining("no longer an option"), expected: expect.stringContaining("labonnealternance/legacy") })]);
    }
  });
});

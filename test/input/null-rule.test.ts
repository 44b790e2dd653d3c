import { describe, expect, it } from "vitest";
import { createLbaClient, LbaInputError, near, widgetIframe } from "../../src/index.js";
import { own, ownOr } from "../../src/input/own.js";
import { inputError } from "../support/input-error.js";

// One rule for `null` (src/input/own.ts): a default applies to an absent key or `undefined` only;
// `null` is refused by the check that follows, before any request, naming the field.
function setup() {
  const calls: string[] = [];
  const fetch = async (request: Request) => {
    calls.push(request.url);
    return Response.json({ type: "FeatureCollection", features: [] });
  };
  return { calls, client: createLbaClient({ caller: "contact@example.fr null-rule", fetch, retry: false, rateLimit: false }) };
}

describe("null is a value, never 'the default'", () => {
  it("geocode(q, { limit: null }) is refused like near(lat, lon, { radius: null }), with no request", async () => {
    const { calls, client } = setup();
    const error = await client.geocode("Nantes", { limit: null as never }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LbaInputError);
    expect((error as LbaInputError).issues.map((i) => [i.field, i.problem])).toEqual([["options.limit", "is not an integer from 1 to 50"]]);
    expect(calls).toEqual([]);
    expect(inputError(() => near(47.2, -1.55, { radius: null as never })).issues.map((i) => i.field)).toEqual(["radius"]);
  });

  it("an absent or undefined option takes the default", async () => {
    const { calls, client } = setup();
    await client.geocode("Nantes");
    await client.geocode("Nantes", { limit: undefined });
    expect(calls.map((url) => new URL(url).searchParams.get("limit"))).toEqual(["5", "5"]);
  });

  it("the widget follows the same rule: height or title null is refused, absent takes the default", () => {
    const base = { caller: "contact@example.fr null-rule" };
    expect(inputError(() => widgetIframe({ ...base, height: null as never })).issues.map((i) => i.field)).toEqual(["height"]);
    expect(inputError(() => widgetIframe({ ...base, title: null as never })).issues.map((i) => i.field)).toEqual(["title"]);
    expect(widgetIframe(base)).toContain('height="800"');
  });

  it("own and ownOr read own properties only, and keep null", () => {
    expect(own(Object.create({ limit: 3 }), "limit")).toBeUndefined();
    expect(ownOr(Object.create({ limit: 3 }), "limit", 5)).toBe(5);
    expect(ownOr({ limit: null }, "limit", 5)).toBeNull();
    expect(ownOr({ limit: undefined }, "limit", 5)).toBe(5);
    expect(ownOr({ limit: 0 }, "limit", 5)).toBe(0);
  });
});

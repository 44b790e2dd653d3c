// The SDK's write checks against the server's own rules: on every case of the corpus, the fields
// the SDK refuses are exactly those the server's schema (the oracle, a port of its zod code run
// with its zod version) refuses, and both match what LIVE-API-PARTNERS.md says.
import { describe, expect, it } from "vitest";
import { checkOfferWrite } from "../../src/query/offer-write/check-offer-write.js";
import { CORPUS } from "./offer-corpus.js";
import { serverVerdict } from "./server-write-schema.js";

const sdkVerdict = async (body: unknown, update = false) => [...new Set((await checkOfferWrite(body, { update })).map((issue) => issue.field))].sort();

describe("the SDK's write checks agree with the server's schema", () => {
  it("the corpus covers both sides of the rules", () => {
    expect(CORPUS.filter((c) => c.refused.length === 0).length).toBeGreaterThan(30);
    expect(CORPUS.filter((c) => c.refused.length > 0).length).toBeGreaterThan(50);
  });

  for (const c of CORPUS) {
    it(`${c.refused.length === 0 ? "accepts" : "refuses"}: ${c.name}`, async () => {
      const expected = [...c.refused].sort();
      expect(serverVerdict(c.body, c.update)).toEqual(expected);
      expect(await sdkVerdict(c.body, c.update)).toEqual(expected);
    });
  }
});

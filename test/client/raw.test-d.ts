import { describe, expectTypeOf, it } from "vitest";
import { createLegacyRawClient as createRawClient, type LbaComponents, type LbaPaths } from "../../src/legacy/raw/legacy-raw-client.js";
import type { LbaRawPaths } from "../../src/legacy/raw/raw-types.js";

const raw = createRawClient({ caller: "contact@example.org tests" });

type RawQuery<P extends keyof LbaRawPaths> = LbaRawPaths[P] extends { get: { parameters: { query?: infer Q } } } ? Q : never;

describe("raw client types", () => {
  it("makes caller optional on every operation's query", () => {
    expectTypeOf<NonNullable<RawQuery<"/api/V1/formations">>["caller"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<NonNullable<RawQuery<"/api/V1/jobs">>["caller"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<LbaRawPaths["/api/V1/application"]["post"]["parameters"]["query"]>().toEqualTypeOf<{ caller?: string } | undefined>();
    // Raw calls type-check without a caller...
    void raw.GET("/api/V1/formations", { params: { query: { romes: "M1805" } } });
    void raw.GET("/api/V1/formationsParRegion");
    void raw.GET("/api/V1/metiers/all");
    // ...and still accept one.
    void raw.GET("/api/V1/formations", { params: { query: { romes: "M1805", caller: "other" } } });
  });

  it("keeps the generated paths' caller required", () => {
    type Query = LbaPaths["/api/V1/formations"]["get"]["parameters"]["query"];
    expectTypeOf<Query["caller"]>().toEqualTypeOf<string>();
  });

  it("keeps the other required parameters required", () => {
    expectTypeOf<NonNullable<RawQuery<"/api/V1/jobs">>["romes"]>().toEqualTypeOf<string>();
    // @ts-expect-error romes is required on jobs
    void raw.GET("/api/V1/jobs", { params: { query: { latitude: 48.8 } } });
    // @ts-expect-error jobs has required query parameters
    void raw.GET("/api/V1/jobs");
    // @ts-expect-error cfd is a required path parameter
    void raw.GET("/api/V1/metiers/metiersParFormation/{cfd}", { params: {} });
    // @ts-expect-error the application body needs the applicant's e-mail
    void raw.POST("/api/V1/application", { body: { applicant_first_name: "A" } });
  });

  it("keeps enums and response types exact", () => {
    type Sources = NonNullable<NonNullable<RawQuery<"/api/V1/jobs">>["sources"]>;
    expectTypeOf<Sources>().toEqualTypeOf<("lba" | "offres" | "matcha")[]>();
    // @ts-expect-error not a known source
    void raw.GET("/api/V1/jobs", { params: { query: { romes: "M1805", sources: ["nope"] } } });
    expectTypeOf(raw.GET("/api/V1/formations")).resolves.toHaveProperty("data").toEqualTypeOf<LbaComponents["schemas"]["Formations"] | undefined>();
  });
});

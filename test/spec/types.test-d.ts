import { describe, expectTypeOf, it } from "vitest";
import type { components, operations, paths } from "../../generated/openapi.js";

type Query<O extends keyof operations> = operations[O]["parameters"] extends { query?: infer Q } ? NonNullable<Q> : never;
type Schemas = components["schemas"];

describe("generated types", () => {
  it("require caller on every operation that declares it", () => {
    expectTypeOf<Query<"getFormations">["caller"]>().toEqualTypeOf<string>();
    expectTypeOf<Query<"getJobs">["caller"]>().toEqualTypeOf<string>();
    expectTypeOf<Query<"postApplication">["caller"]>().toEqualTypeOf<string>();
    // @ts-expect-error caller may not be left out
    const missing: Query<"getFormations"> = { romes: "M1805" };
    void missing;
  });

  it("require romes on jobs and jobsEtFormations, not on formations", () => {
    expectTypeOf<Query<"getJobs">>().toHaveProperty("romes").toEqualTypeOf<string>();
    expectTypeOf<Query<"getJobsEtFormations">["romes"]>().toEqualTypeOf<string>();
    expectTypeOf<Query<"getFormations">["romes"]>().toEqualTypeOf<string | undefined>();
  });

  it("type diploma, region and sources as literal unions", () => {
    expectTypeOf<NonNullable<Query<"getFormations">["diploma"]>>().toEqualTypeOf<
      "3 (CAP...)" | "4 (BAC...)" | "5 (BTS, DEUST...)" | "6 (Licence...)" | "7 (Master, titre ingénieur...)"
    >();
    expectTypeOf<"84">().toExtend<NonNullable<Query<"getFormationsParRegion">["region"]>>();
    expectTypeOf<"85">().not.toExtend<NonNullable<Query<"getFormationsParRegion">["region"]>>();
    expectTypeOf<NonNullable<Query<"getJobsEtFormations">["sources"]>>().toEqualTypeOf<("formations" | "lba" | "matcha" | "offres")[]>();
    expectTypeOf<NonNullable<Query<"getJobs">["sources"]>>().toEqualTypeOf<("lba" | "offres" | "matcha")[]>();
  });

  it("type the application request body", () => {
    type Body = NonNullable<operations["postApplication"]["requestBody"]>["content"]["application/json"];
    expectTypeOf<Body["applicant_email"]>().toEqualTypeOf<string>();
    expectTypeOf<Body["applicant_file_content"]>().toEqualTypeOf<string>();
    expectTypeOf<Body["company_email"]>().toEqualTypeOf<string>();
    expectTypeOf<Body["message"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<paths["/api/V1/application"]["post"]>().toEqualTypeOf<operations["postApplication"]>();
  });

  it("make components real object types, with the data corrections", () => {
    expectTypeOf<Schemas["Formation"]>().not.toBeNever();
    expectTypeOf<Schemas["Formation"]>().toBeObject();
    expectTypeOf<Schemas["Formation"]["title"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Schemas["Formations"]["results"]>().toEqualTypeOf<Schemas["Formation"][]>();
    expectTypeOf<NonNullable<Schemas["Place"]["latitude"]>>().toEqualTypeOf<number | string>();
    expectTypeOf<Schemas["Societe"]["ideaType"]>().toEqualTypeOf<string | null>();
    expectTypeOf<NonNullable<Schemas["Jobs"]["lbbCompanies"]>>().toEqualTypeOf<Schemas["Societes"] | Schemas["SourceError"]>();
    expectTypeOf<Schemas["Metier"]["romes"]>().toEqualTypeOf<string[]>();
    type BadRequest = components["responses"]["WrongParameters"]["content"]["application/json"];
    expectTypeOf<BadRequest>().toEqualTypeOf<Schemas["Error"] | Schemas["ValidationError"]>();
    type Lookup = operations["getMetiersParFormation"]["responses"][200]["content"]["application/json"];
    expectTypeOf<Lookup>().toEqualTypeOf<Schemas["Liste_des_metiers"] | Schemas["LookupResult"]>();
  });
});

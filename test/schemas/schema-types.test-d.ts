import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import type { components } from "../../generated/openapi.js";
import type {
  companyItemSchema,
  formationSchema,
  formationsResponseSchema,
  jobOfferSchema,
  matchaOfferSchema,
  metierSchema,
  placeSchema,
  sourceErrorSchema,
} from "../../src/schemas/index.js";
import type {
  CompanyItem,
  Formation,
  IdeaType,
  JobOffer,
  MatchaOffer,
  Metier,
  Place,
  Rome,
  SourceError,
} from "../../src/schemas/index.js";
import type { ResponseOf } from "../../src/validation/index.js";

type Spec = components["schemas"];
/**
 * `ideaType` (and metier `type`) are the only deliberate narrowings: the corrected spec types them as
 * any string, the schemas list the known values (strict mode rejects others, lenient keeps them).
 */
type WithoutEnum<T> = Omit<T, "ideaType">;

describe("what the spec promises is accepted by the schemas' input types", () => {
  it("items", () => {
    expectTypeOf<WithoutEnum<Spec["Formation"]>>().toExtend<WithoutEnum<z.input<typeof formationSchema>>>();
    expectTypeOf<WithoutEnum<Spec["Offre"]>>().toExtend<WithoutEnum<z.input<typeof jobOfferSchema>>>();
    expectTypeOf<WithoutEnum<Spec["Societe"]>>().toExtend<WithoutEnum<z.input<typeof companyItemSchema>>>();
    expectTypeOf<WithoutEnum<Spec["OffreMatcha"]>>().toExtend<WithoutEnum<z.input<typeof matchaOfferSchema>>>();
    expectTypeOf<Spec["Place"]>().toExtend<z.input<typeof placeSchema>>();
    expectTypeOf<Spec["SourceError"]>().toExtend<z.input<typeof sourceErrorSchema>>();
    expectTypeOf<Omit<Spec["Metier"], "type">>().toExtend<Omit<z.input<typeof metierSchema>, "type">>();
  });

  it("the known enum values are a subset of what the spec allows", () => {
    expectTypeOf<z.input<typeof formationSchema>["ideaType"]>().toExtend<Spec["Formation"]["ideaType"]>();
    expectTypeOf<z.input<typeof metierSchema>["type"]>().toExtend<Spec["Metier"]["type"]>();
  });
});

describe("what the schemas output fits the documented types", () => {
  it("items and responses", () => {
    expectTypeOf<z.output<typeof formationSchema>>().toExtend<Formation>();
    expectTypeOf<z.output<typeof jobOfferSchema>>().toExtend<JobOffer>();
    expectTypeOf<z.output<typeof companyItemSchema>>().toExtend<CompanyItem>();
    expectTypeOf<z.output<typeof matchaOfferSchema>>().toExtend<MatchaOffer>();
    expectTypeOf<z.output<typeof metierSchema>>().toExtend<Metier>();
    expectTypeOf<z.output<typeof sourceErrorSchema>>().toExtend<SourceError>();
  });

  it("documented field types", () => {
    expectTypeOf<Place["latitude"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Place["longitude"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Formation["ideaType"]>().toEqualTypeOf<IdeaType>();
    expectTypeOf<"formation">().toExtend<IdeaType>();
    expectTypeOf<"somethingNew">().toExtend<IdeaType>();
    expectTypeOf<Formation["title"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Formation["romes"]>().toEqualTypeOf<Rome[] | null | undefined>();
    expectTypeOf<Formation["someUnlistedField"]>().toEqualTypeOf<unknown>();
    expectTypeOf<ResponseOf<"formations">["results"]>().toEqualTypeOf<Formation[]>();
  });
});

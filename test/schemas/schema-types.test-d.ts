// One source of truth per answer shape: the zod schemas. The public types are their outputs
// (checked below to be what users are promised), and the types generated from the three contracts
// (generated/openapi.ts for 2022, lba-2026.ts and api-apprentissage-jobs.ts for today) are checked
// against the schemas: whatever a contract promises, the schema accepts.
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import type { components as Jobs2026, operations as JobsOps } from "../../generated/api-apprentissage-jobs.js";
import type { components as Lba2026, operations as LbaOps } from "../../generated/lba-2026.js";
import type { components } from "../../generated/openapi.js";
import type {
  companyItemSchema,
  formationSchema,
  formationsResponseSchema,
  geoJsonPointSchema,
  jobApplyResponseSchema,
  jobOfferReadSchema,
  jobOfferSchema,
  jobRecruiterSchema,
  jobSearchResponseSchema,
  matchaOfferSchema,
  metierIntituleResponseSchema,
  metierNamesResponseSchema,
  metierSchema,
  metiersResponseSchema,
  placeSchema,
  sourceErrorSchema,
  sourceOf,
} from "../../src/schemas/schemas.js";
import type {
  ApplicationResponse,
  CompanyItem,
  Formation,
  FormationsResponse,
  GeoJsonPoint,
  IdeaType,
  JobApplyResponse,
  JobOffer,
  JobOfferRead,
  JobRecruiter,
  JobSearchResponse,
  JobSearchWarning,
  JobWorkplace,
  JobsEtFormationsResponse,
  JobsResponse,
  MatchaOffer,
  Metier,
  MetierIntitule,
  MetierIntituleResponse,
  MetierNamesResponse,
  MetiersResponse,
  MetierType,
  PartnerJob,
  Place,
  Rome,
  Source,
  SourceError,
} from "../../src/schemas/index.js";
import type { ResponseOf } from "../../src/validation/index.js";

type Spec = components["schemas"];
type Ok<T> = T extends { responses: { 200: { content: { "application/json": infer B } } } } ? B : never;
/**
 * `ideaType` (and metier `type`) are the only deliberate narrowings of 2022: the corrected spec types
 * them as any string, the schemas list the known values (strict rejects others, lenient keeps them).
 */
type WithoutEnum<T> = Omit<T, "ideaType">;

describe("2022: what the spec promises is accepted by the schemas' input types", () => {
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
    expectTypeOf<"formation" | "peJob" | "lba" | "lbb" | "matcha">().toExtend<Spec["Formation"]["ideaType"]>();
    expectTypeOf<"job" | "diploma">().toExtend<Spec["Metier"]["type"]>();
  });
});

describe("today (2026): what the contracts promise is accepted by the schemas", () => {
  it("API Apprentissage job routes", () => {
    expectTypeOf<Jobs2026["schemas"]["JobOfferRead"]>().toExtend<z.input<typeof jobOfferReadSchema>>();
    expectTypeOf<Jobs2026["schemas"]["JobRecruiter"]>().toExtend<z.input<typeof jobRecruiterSchema>>();
    expectTypeOf<Jobs2026["schemas"]["GeoJsonPoint"]>().toExtend<z.input<typeof geoJsonPointSchema>>();
    expectTypeOf<Ok<JobsOps["jobSearch"]>>().toExtend<z.input<typeof jobSearchResponseSchema>>();
    expectTypeOf<Ok<JobsOps["jobSearchById"]>>().toExtend<z.input<typeof jobOfferReadSchema>>();
  });

  it("La bonne alternance routes", () => {
    expectTypeOf<Ok<LbaOps["getFormations"]>>().toExtend<z.input<typeof formationsResponseSchema>>();
    expectTypeOf<Ok<LbaOps["getFormation"]>>().toExtend<z.input<typeof formationsResponseSchema>>();
    expectTypeOf<Ok<LbaOps["getFormationsParRegion"]>>().toExtend<z.input<typeof formationsResponseSchema>>();
    expectTypeOf<Ok<LbaOps["getMetiers"]>>().toExtend<z.input<typeof metiersResponseSchema>>();
    expectTypeOf<Ok<LbaOps["getAllMetiers"]>>().toExtend<z.input<typeof metierNamesResponseSchema>>();
    expectTypeOf<Ok<LbaOps["getMetiersParFormation"]>>().toExtend<z.input<typeof metierNamesResponseSchema>>();
    expectTypeOf<Ok<LbaOps["getMetiersIntitule"]>>().toExtend<z.input<typeof metierIntituleResponseSchema>>();
    expectTypeOf<Lba2026["schemas"]["Place"]>().toExtend<z.input<typeof placeSchema>>();
  });

  it("the contracts' typed results fit the public types, but for the documented widenings", () => {
    // Widenings: open enums and partner labels, a GeoJSON point that lenient may null, is_delegated optional.
    expectTypeOf<Jobs2026["schemas"]["JobRecruiter"]>().toExtend<JobRecruiter>();
    expectTypeOf<Jobs2026["schemas"]["JobOfferRead"]>().toExtend<JobOfferRead>();
    expectTypeOf<Jobs2026["schemas"]["JobOfferRead"]["workplace"]>().toExtend<JobWorkplace>();
    expectTypeOf<Ok<LbaOps["getMetiersIntitule"]>>().toExtend<MetierIntituleResponse>();
  });
});

describe("the public types are the schemas' outputs", () => {
  it("each response type is its schema's output", () => {
    expectTypeOf<z.output<typeof formationsResponseSchema>>().toEqualTypeOf<FormationsResponse>();
    expectTypeOf<z.output<typeof jobSearchResponseSchema>>().toEqualTypeOf<JobSearchResponse>();
    expectTypeOf<z.output<typeof jobOfferReadSchema>>().toEqualTypeOf<JobOfferRead>();
    expectTypeOf<ResponseOf<"jobSearch">>().toEqualTypeOf<JobSearchResponse>();
    expectTypeOf<ResponseOf<"jobOffer">>().toEqualTypeOf<JobOfferRead>();
    expectTypeOf<ResponseOf<"jobApply">>().toEqualTypeOf<JobApplyResponse>();
    expectTypeOf<ResponseOf<"metiersIntitule">>().toEqualTypeOf<MetierIntituleResponse>();
    expectTypeOf<ResponseOf<"formationById">>().toEqualTypeOf<FormationsResponse>();
    expectTypeOf<ResponseOf<"formations">>().toEqualTypeOf<FormationsResponse>();
    expectTypeOf<ResponseOf<"jobs">>().toEqualTypeOf<JobsResponse>();
    expectTypeOf<ResponseOf<"jobsEtFormations">>().toEqualTypeOf<JobsEtFormationsResponse>();
    expectTypeOf<ResponseOf<"metiers">>().toEqualTypeOf<MetiersResponse>();
    expectTypeOf<ResponseOf<"metiersAll">>().toEqualTypeOf<MetierNamesResponse>();
    expectTypeOf<ResponseOf<"application">>().toEqualTypeOf<ApplicationResponse>();
    expectTypeOf<z.output<typeof jobApplyResponseSchema>>().toEqualTypeOf<JobApplyResponse>();
  });

  it("Source<T> is exactly what sourceOf gives", () => {
    type Out = z.output<ReturnType<typeof sourceOf<typeof jobOfferSchema>>>;
    expectTypeOf<Out>().toEqualTypeOf<Source<JobOffer>>();
    expectTypeOf<JobsResponse["matchas"]>().toEqualTypeOf<Source<MatchaOffer>>();
    expectTypeOf<JobsResponse["lbaCompanies"]>().toEqualTypeOf<Source<CompanyItem>>();
    expectTypeOf<JobsResponse["partnerJobs"]>().toEqualTypeOf<Source<PartnerJob>>();
  });

  it("2022 field types", () => {
    expectTypeOf<Place["latitude"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Place["longitude"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<Formation["ideaType"]>().toEqualTypeOf<IdeaType>();
    expectTypeOf<"formation">().toExtend<IdeaType>();
    expectTypeOf<"somethingNew">().toExtend<IdeaType>();
    expectTypeOf<Formation["title"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Formation["place"]>().toEqualTypeOf<Place | null | undefined>();
    expectTypeOf<Formation["romes"]>().toEqualTypeOf<Rome[] | null | undefined>();
    expectTypeOf<Formation["someUnlistedField"]>().toEqualTypeOf<unknown>();
    expectTypeOf<FormationsResponse["results"]>().toEqualTypeOf<Formation[]>();
    expectTypeOf<Metier["type"]>().toEqualTypeOf<MetierType | null | undefined>();
    expectTypeOf<"job">().toExtend<MetierType>();
    expectTypeOf<SourceError["error"]>().toEqualTypeOf<string>();
  });

  it("today's field types: open sets, nullable where the live data is, GeoJSON point", () => {
    expectTypeOf<"Some new partner">().toExtend<JobOfferRead["identifier"]["partner_label"]>();
    expectTypeOf<"France Travail">().toExtend<JobOfferRead["identifier"]["partner_label"]>();
    expectTypeOf<"NEW_CODE">().toExtend<JobSearchWarning["code"]>();
    expectTypeOf<null>().toExtend<JobOfferRead["contract"]["remote"]>();
    expectTypeOf<"fully-remote">().toExtend<NonNullable<JobOfferRead["contract"]["remote"]>>();
    expectTypeOf<JobOfferRead["offer"]["target_diploma"]>().toExtend<{ european: string; label: string } | null>();
    expectTypeOf<null>().toExtend<JobOfferRead["offer"]["target_diploma"]>();
    expectTypeOf<null>().toExtend<JobWorkplace["domain"]["naf"]>();
    expectTypeOf<JobWorkplace["location"]["geopoint"]>().toEqualTypeOf<GeoJsonPoint | null>();
    expectTypeOf<GeoJsonPoint["coordinates"]>().toEqualTypeOf<[number, number]>();
    expectTypeOf<JobRecruiter["workplace"]>().toEqualTypeOf<JobWorkplace>();
    expectTypeOf<JobSearchResponse["warnings"]>().toEqualTypeOf<JobSearchWarning[]>();
    expectTypeOf<MetierIntituleResponse["coupleAppellationRomeMetier"]>().toEqualTypeOf<MetierIntitule[]>();
    expectTypeOf<JobOfferRead["apply"]["recipient_id"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<JobOfferRead["unlisted"]>().toEqualTypeOf<unknown>();
  });
});

describe("the partner routes' answers", () => {
  type Partners = import("../../src/schemas/index.js").JobCreateResponse;
  type Publishing = import("../../src/schemas/index.js").JobPublishingResponse;
  type Export = import("../../src/schemas/index.js").JobExportResponse;
  type Link = import("../../src/schemas/index.js").AppointmentLinkResponse;

  it("each is its registry key's output, and the contract's answer fits it", () => {
    expectTypeOf<ResponseOf<"jobCreate">>().toEqualTypeOf<Partners>();
    expectTypeOf<ResponseOf<"jobPublishing">>().toEqualTypeOf<Publishing>();
    expectTypeOf<ResponseOf<"jobExport">>().toEqualTypeOf<Export>();
    expectTypeOf<ResponseOf<"appointmentLink">>().toEqualTypeOf<Link>();
    expectTypeOf<Ok<JobsOps["jobOfferCreate"]>>().toExtend<Partners>();
    expectTypeOf<Ok<JobsOps["jobPublisingInfos"]>>().toExtend<Publishing>();
    expectTypeOf<Ok<JobsOps["jobsExport"]>>().toExtend<Export>();
    expectTypeOf<Ok<JobsOps["generateFormationAppointmentLink"]>>().toExtend<Link>();
  });
});

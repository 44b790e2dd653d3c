import { describe, expectTypeOf, it } from "vitest";
import type { components as Lba, operations as LbaOperations, paths as LbaPaths } from "../../generated/lba-2026.js";
import type { components as Gateway, operations as GatewayOperations, paths as GatewayPaths } from "../../generated/api-apprentissage-jobs.js";

type LbaSchemas = Lba["schemas"];
type Jobs = Gateway["schemas"];
type Query<P> = P extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type SearchQuery = Query<GatewayPaths["/job/v1/search"]["get"]>;
type ApplyBody = GatewayOperations["jobApply"]["requestBody"]["content"]["application/json"];

describe("generated/lba-2026.ts", () => {
  it("has the live routes under /api, and no gateway-only route", () => {
    expectTypeOf<keyof LbaPaths>().toEqualTypeOf<
      | "/api/appointment-request/context/create"
      | "/api/v1/formations"
      | "/api/v1/formations/formation/{id}"
      | "/api/v1/formationsParRegion"
      | "/api/v1/metiers"
      | "/api/v1/metiers/all"
      | "/api/v1/metiers/intitule"
      | "/api/v1/metiers/metiersParFormation/{cfd}"
    >();
  });

  it("metiers: title required, romes and rncps optional, nothing else (no caller)", () => {
    type Metiers = LbaPaths["/api/v1/metiers"]["get"]["parameters"]["query"];
    expectTypeOf<Metiers>().toEqualTypeOf<{ title: string; romes?: string; rncps?: string }>();
    expectTypeOf<Metiers>().not.toHaveProperty("caller");
    // @ts-expect-error caller is rejected by the live route
    const withCaller: Metiers = { title: "boulanger", caller: "me" };
    void withCaller;
    expectTypeOf<LbaPaths["/api/v1/metiers/intitule"]["get"]["parameters"]["query"]>().toEqualTypeOf<{ label: string }>();
  });

  it("formations routes take an optional caller", () => {
    expectTypeOf<Query<LbaPaths["/api/v1/formations"]["get"]>["caller"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Query<LbaPaths["/api/v1/formationsParRegion"]["get"]>["caller"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Query<LbaPaths["/api/v1/formations/formation/{id}"]["get"]>>().toEqualTypeOf<{ caller?: string }>();
    expectTypeOf<LbaOperations["getFormation"]["parameters"]["path"]>().toEqualTypeOf<{ id: string }>();
  });

  it("query numbers are plain numbers (no null in a URL), diploma a literal union", () => {
    type Formations = Query<LbaPaths["/api/v1/formations"]["get"]>;
    expectTypeOf<Formations["latitude"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<"6 (Licence, BUT...)">().toExtend<NonNullable<Formations["diploma"]>>();
    expectTypeOf<"6 (Licence...)">().not.toExtend<NonNullable<Formations["diploma"]>>();
  });

  it("types a training with nullable fields, numeric coordinates and a non-null kind", () => {
    type Answer = LbaOperations["getFormations"]["responses"][200]["content"]["application/json"];
    expectTypeOf<Answer["results"]>().toEqualTypeOf<LbaSchemas["Formation"][]>();
    expectTypeOf<LbaSchemas["Formation"]["ideaType"]>().toEqualTypeOf<"formation">();
    expectTypeOf<LbaSchemas["Formation"]["title"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<LbaSchemas["Formation"]["place"]>().toEqualTypeOf<LbaSchemas["Place"] | null>();
    expectTypeOf<LbaSchemas["Place"]["latitude"]>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<LbaSchemas["Place"]["distance"]>().toEqualTypeOf<number | null>();
    expectTypeOf<LbaSchemas["PartialPlace"]["distance"]>().toEqualTypeOf<number | null | undefined>();
    type Company = NonNullable<LbaSchemas["Formation"]["company"]>;
    expectTypeOf<Company["place"]>().toEqualTypeOf<LbaSchemas["PartialPlace"] | null | undefined>();
    expectTypeOf<Company["isGeiq"]>().toEqualTypeOf<boolean | null | undefined>();
    expectTypeOf<NonNullable<LbaSchemas["Training"]["sessions"]>>().toEqualTypeOf<LbaSchemas["SessionDeFormation"][]>();
  });

  it("types the metiers answers and the 400 of strict routes", () => {
    type Metiers = LbaOperations["getMetiers"]["responses"];
    expectTypeOf<Metiers[200]["content"]["application/json"]>().toEqualTypeOf<{ labelsAndRomes: LbaSchemas["MetierEnrichi"][] }>();
    expectTypeOf<Metiers[400]["content"]["application/json"]>().toEqualTypeOf<LbaSchemas["Error"]>();
    expectTypeOf<LbaOperations["getAllMetiers"]["responses"][200]["content"]["application/json"]>().toEqualTypeOf<{ metiers: string[] }>();
  });
});

describe("generated/api-apprentissage-jobs.ts", () => {
  it("has every route of the contract (job seekers' and partners')", () => {
    expectTypeOf<keyof GatewayPaths>().toEqualTypeOf<
      "/job/v1/search" | "/job/v1/offer/{id}" | "/job/v1/apply" | "/job/v1/offer" | "/job/v1/offer/{id}/publishing-informations" | "/job/v1/export" | "/formation/v1/appointment/generate-link"
    >();
    expectTypeOf<GatewayPaths["/job/v1/offer/{id}"]["get"]>().toEqualTypeOf<GatewayOperations["jobSearchById"]>();
  });

  it("search query: romes one string, departements and partners_to_exclude lists, elligibleHandicapFilter optional", () => {
    expectTypeOf<SearchQuery["romes"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SearchQuery["departements"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<SearchQuery["partners_to_exclude"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<SearchQuery["latitude"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<SearchQuery["target_diploma_level"]>().toEqualTypeOf<"3" | "4" | "5" | "6" | "7" | undefined>();
    expectTypeOf<SearchQuery["elligibleHandicapFilter"]>().toEqualTypeOf<boolean | undefined>();
  });

  it("search answer: offers, companies, warnings", () => {
    type Answer = GatewayOperations["jobSearch"]["responses"][200]["content"]["application/json"];
    expectTypeOf<Answer>().toEqualTypeOf<{ jobs: Jobs["JobOfferRead"][]; recruiters: Jobs["JobRecruiter"][]; warnings: { code: string; message: string }[] }>();
  });

  it("JobOfferRead: GeoJSON coordinates, nullable remote, open partner_label", () => {
    expectTypeOf<Jobs["JobOfferRead"]["workplace"]["location"]["geopoint"]["coordinates"]>().toEqualTypeOf<[number, number]>();
    expectTypeOf<Jobs["JobOfferRead"]["workplace"]["location"]["geopoint"]["type"]>().toEqualTypeOf<"Point">();
    expectTypeOf<Jobs["JobOfferRead"]["contract"]["remote"]>().toEqualTypeOf<"onsite" | "remote" | "hybrid" | null>();
    expectTypeOf<null>().toExtend<Jobs["JobOfferRead"]["contract"]["remote"]>();
    expectTypeOf<Jobs["JobOfferRead"]["identifier"]["partner_label"]>().toEqualTypeOf<string>();
    expectTypeOf<Jobs["JobOfferRead"]["apply"]["recipient_id"]>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<Jobs["JobRecruiter"]["workplace"]>().toEqualTypeOf<Jobs["JobOfferRead"]["workplace"]>();
  });

  it("apply body requires the applicant fields and recipient_id; the message is optional", () => {
    expectTypeOf<ApplyBody>().toEqualTypeOf<Jobs["JobApplicationWrite"]>();
    type Required = "applicant_first_name" | "applicant_last_name" | "applicant_email" | "applicant_phone" | "applicant_attachment_name" | "applicant_attachment_content" | "recipient_id";
    expectTypeOf<Pick<ApplyBody, Required>>().toEqualTypeOf<Record<Required, string>>();
    expectTypeOf<ApplyBody["applicant_message"]>().toEqualTypeOf<string | null | undefined>();
    // @ts-expect-error the CV is required
    const missing: ApplyBody = { applicant_first_name: "A", applicant_last_name: "B", applicant_email: "a@b.fr", applicant_phone: "0600000000", applicant_attachment_name: "cv.pdf", recipient_id: "x" };
    void missing;
    expectTypeOf<GatewayOperations["jobApply"]["responses"][202]["content"]["application/json"]>().toEqualTypeOf<{ id: string }>();
  });

  it("error answers share one shape; 429 replaces 419", () => {
    type Errors = GatewayOperations["jobSearch"]["responses"];
    expectTypeOf<Errors[429]["content"]["application/json"]["statusCode"]>().toEqualTypeOf<429>();
    expectTypeOf<Errors[401]["content"]["application/json"]>().toHaveProperty("message").toEqualTypeOf<string>();
    expectTypeOf<Errors>().not.toHaveProperty(419);
  });
});

describe("generated/api-apprentissage-jobs.ts: partner routes", () => {
  it("PUT takes the write body without identifier; POST answers an id", () => {
    type Put = NonNullable<GatewayOperations["jobOfferUpdate"]["requestBody"]>["content"]["application/json"];
    type Post = NonNullable<GatewayOperations["jobOfferCreate"]["requestBody"]>["content"]["application/json"];
    expectTypeOf<Put>().toEqualTypeOf<Jobs["JobOfferUpdate"]>();
    expectTypeOf<Put>().not.toHaveProperty("identifier");
    expectTypeOf<NonNullable<Post["identifier"]>["partner_job_id"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Post["offer"]["status"]>>().toEqualTypeOf<"Active" | "Filled" | "Cancelled" | "Pending">();
    expectTypeOf<GatewayOperations["jobOfferCreate"]["responses"][200]["content"]["application/json"]>().toEqualTypeOf<{ id: string }>();
  });

  it("publication status, export and appointment link answers", () => {
    expectTypeOf<Jobs["JobOfferPublishing"]["publishing"]["status"]>().toEqualTypeOf<"WILL_BE_PUBLISHED" | "PUBLISHED" | "WILL_NOT_BE_PUBLISHED">();
    expectTypeOf<Jobs["JobOfferExport"]>().toEqualTypeOf<{ url: string; lastUpdate: string }>();
    type Link = GatewayOperations["generateFormationAppointmentLink"]["responses"][200]["content"]["application/json"];
    expectTypeOf<Extract<Link, { form_url: string }>["intitule_long"]>().toEqualTypeOf<string | null>();
  });

  it("error answers: the gateway's name or LBA's error", () => {
    type Forbidden = GatewayOperations["jobOfferCreate"]["responses"][403]["content"]["application/json"];
    expectTypeOf<Forbidden["name"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Forbidden["error"]>().toEqualTypeOf<string | undefined>();
  });
});

// labonnealternance/schemas: the zod schemas of the answers, for users who validate stored data.
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import * as entry from "../../src/schemas/public.js";

describe("labonnealternance/schemas", () => {
  it("exports a schema per answer, the same the SDK's strict validation uses", () => {
    expect(Object.keys(entry.responseSchemas).sort()).toEqual(
      ["application", "appointmentLink", "formationById", "formations", "formationsParRegion", "jobApply", "jobCreate", "jobExport", "jobOffer", "jobPublishing", "jobSearch", "jobs", "jobsEtFormations", "metiers", "metiersAll", "metiersIntitule", "metiersParEtablissement", "metiersParFormation"].sort(),
    );
    expect(entry.responseSchemas.jobSearch).toBe(entry.jobSearchResponseSchema);
  });

  it("accepts a stored answer and says where a broken one differs", () => {
    const point = { type: "Point", coordinates: [-1.5536, 47.2184] };
    expect(z.safeParse(entry.geoJsonPointSchema, point).success).toBe(true);
    const broken = z.safeParse(entry.geoJsonPointSchema, { type: "Point", coordinates: "nowhere" });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues[0]?.path).toEqual(["coordinates"]);
  });
});

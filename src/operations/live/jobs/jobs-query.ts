import type { ApiApprentissageJobPaths } from "../../../core/live-raw-clients.js";
import { checkKnownKeys, type InputCollector } from "../../../input/collector.js";
import { own } from "../../../input/own.js";
import { assertWhere, type Area, type Where } from "../../../geo/index.js";
import { buildFrance } from "../../../geo/france.js";
import { radiiOf } from "../../../geo/radii.js";
import { parseDiplomaLevel, parseRomes, type DiplomaInput, type DiplomaLevel, type RomesInput } from "../../../query/index.js";
import { toAreas } from "../../common/formations/formations-query.js";
import { resolveOpco, type OpcoLabel } from "./opco.js";

/**
 * What `searchCompanies` searches on today's API (`GET /job/v1/search` of API Apprentissage):
 * job offers of every partner and companies likely to hire.
 *
 * @example
 * ```ts
 * import { department, near, type SearchCompaniesQuery } from "labonnealternance";
 * const aroundNantes: SearchCompaniesQuery = { romes: ["M1805", "M1802"], where: near(47.2184, -1.5536, { radius: 30 }) };
 * const inTwoDepartments: SearchCompaniesQuery = { rncp: "RNCP37273", where: [department("44"), department("49")], diploma: 5 };
 * ```
 */
export interface SearchCompaniesQuery {
  /** ROME codes: one, an array or a comma-separated string; sent as one comma-joined value, no cap on their number. @example ["M1805", "M1802"] */
  romes?: RomesInput | undefined;
  /** An RNCP code (`RNCP` and 3 to 5 digits). @example "RNCP37273" */
  rncp?: string | undefined;
  /**
   * `near(lat, lon, { radius })` (0 to 200 km; no INSEE code needed), `department(...)`, a list of
   * departments (one request), `region(...)` (sent as its departments), `france()` (newest first, one
   * answer) or `france({ exhaustive: true })` (one request per region, split per department when capped).
   * @default france()
   */
  where?: Where | undefined;
  /** Diploma level aimed at: 3 to 7 (sent as `target_diploma_level`). @example 5 */
  diploma?: DiplomaInput | undefined;
  /** Only companies of this OPCO: one of `OPCO_LABELS`, or its short name (`"akto"`, `"atlas"`, case and accents ignored). @example "akto" */
  opco?: string | undefined;
  /** Partner labels whose offers to leave out (`"Hellowork"`, `"France Travail"`...). @example ["Hellowork"] */
  excludePartners?: readonly string[] | undefined;
}

/** The query parameters of one `/job/v1/search` request, as the gateway's contract types them. */
export type JobSearchParams = NonNullable<ApiApprentissageJobPaths["/job/v1/search"]["get"]["parameters"]["query"]>;

/** One request of a job search: what it covers and its parameters. */
export interface JobsRequestPlan {
  /** The area as the user gave it (a department list is one request). */
  area: Area;
  /** The departments this request covers, when it is by department (a capped answer is split over them). */
  departments: string[];
  query: JobSearchParams;
  /** Split per department when the answer reaches the cap (regions and department lists). */
  splitWhenCapped: boolean;
}

/** A checked job search: its areas and the values every one of its requests sends. */
export interface JobSearch {
  areas: Area[];
  romes: string[] | undefined;
  rncp: string | undefined;
  level: DiplomaLevel | undefined;
  opco: OpcoLabel | undefined;
  partners: string[] | undefined;
}

const KEYS = ["romes", "rncp", "where", "diploma", "opco", "excludePartners"] as const;
const MAX_RADIUS = 200;

/**
 * Validates a job search of today's API: every problem at once, before anything is sent. Its
 * requests are planned with the request code (`toRequests`, jobs-requests.ts), which a paginator
 * loads after checking its query here.
 *
 * @example
 * ```ts
 * declare const input: InputCollector;
 * planJobSearch({ romes: "M1805", where: { kind: "region", code: "53" } }, input).areas; // [{ kind: "region", code: "53", ... }]
 * ```
 */
export function planJobSearch(query: unknown, input: InputCollector, keys: readonly string[] = KEYS): JobSearch {
  checkKnownKeys(query, keys, "query", input);
  const romesIn = own(query, "romes");
  const rncp = own(query, "rncp");
  const whereIn = own(query, "where");
  const diplomaIn = own(query, "diploma");
  const romes = romesIn === undefined ? undefined : input.check(() => parseRomes(romesIn as RomesInput, "romes"));
  if (rncp !== undefined && !(typeof rncp === "string" && /^RNCP[0-9]{3,5}$/.test(rncp))) {
    input.add({ field: "rncp", problem: "is not an RNCP code", expected: '"RNCP" and 3 to 5 digits, e.g. "RNCP37273"', value: typeof rncp === "string" ? rncp.slice(0, 40) : typeof rncp });
  }
  // No `where`: france(), built by its builder (france()'s own option checks stay out of a bundle that never calls it).
  const areas = input.check(() => toAreas(whereIn === undefined ? buildFrance({}, "") : assertWhere(whereIn, "where")));
  const level = diplomaIn === undefined ? undefined : input.check(() => parseDiplomaLevel(diplomaIn as DiplomaInput, "diploma"));
  const opco = input.check(() => resolveOpco(own(query, "opco"), "opco"));
  const partners = checkPartners(own(query, "excludePartners"), input);
  areas?.forEach((area, i) => checkArea(area, areas.length > 1 ? `where[${i}]` : "where", input));
  input.throwIfAny();
  return { areas: areas!, romes, rncp: rncp as string | undefined, level, opco, partners };
}

function checkArea(area: Area, field: string, input: InputCollector): void {
  if (area.kind !== "near") return;
  if (radiiOf(area).some((r) => r > MAX_RADIUS)) {
    input.add({ field: `${field}.radius`, problem: `is over ${MAX_RADIUS} km, the most today's job search takes`, expected: `a radius of 0 to ${MAX_RADIUS} km (or france() for all of France)`, value: typeof area.radius === "number" ? area.radius : "a list" });
  }
}

function checkPartners(value: unknown, input: InputCollector): string[] | undefined {
  if (value === undefined) return undefined;
  const ok = Array.isArray(value) && value.length > 0 && value.length <= 100;
  const partners: string[] = [];
  if (ok) {
    for (let i = 0; i < value.length; i++) {
      const label = own(value, i);
      if (typeof label !== "string" || label.trim() === "" || label.length > 100) {
        input.add({ field: `excludePartners[${i}]`, problem: "is not a partner label", expected: 'a partner label such as "Hellowork"', value: typeof label === "string" ? label.slice(0, 40) : typeof label });
      } else if (!partners.includes(label)) partners.push(label);
    }
    return partners;
  }
  input.add({ field: "excludePartners", problem: "is not a list of 1 to 100 partner labels", expected: 'e.g. ["Hellowork", "Monster"]' });
  return undefined;
}

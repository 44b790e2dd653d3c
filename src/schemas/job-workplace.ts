import * as z from "zod/mini";
import { geoJsonPointSchema } from "./geo-json-point.js";
import { openObject } from "./open.js";

const nafObject = openObject({ code: z.string(), label: z.nullable(z.string()) });
const locationObject = openObject({ address: z.string(), geopoint: geoJsonPointSchema });
const domainObject = openObject({
  idcc: z.nullable(z.number()),
  // An OPCO label ("OPCO 2i", "AKTO"...): kept as any string, new OPCOs appear.
  opco: z.nullable(z.string()),
  naf: z.nullable(nafObject),
});

/**
 * Where an offer's job is, in today's answers: the address and its GeoJSON point.
 *
 * @example
 * ```ts
 * import type { JobLocation } from "labonnealternance";
 * declare const location: JobLocation;
 * const [longitude, latitude] = location.geopoint?.coordinates ?? [null, null];
 * ```
 */
export interface JobLocation extends z.output<typeof locationObject> {}

/**
 * The sector of an employer: collective agreement (`idcc`), OPCO and NAF code, each `null` when unknown.
 *
 * @example
 * ```ts
 * import type { JobDomain } from "labonnealternance";
 * declare const domain: JobDomain;
 * const naf = domain.naf?.label ?? domain.naf?.code;
 * ```
 */
export interface JobDomain extends z.output<typeof domainObject> {}

const locationSchema: z.ZodMiniType<JobLocation, z.input<typeof locationObject>> = locationObject;
const domainSchema: z.ZodMiniType<JobDomain, z.input<typeof domainObject>> = domainObject;

const workplaceObject = openObject({
  siret: z.nullable(z.string()),
  brand: z.nullable(z.string()),
  legal_name: z.nullable(z.string()),
  website: z.nullable(z.string()),
  name: z.nullable(z.string()),
  description: z.nullable(z.string()),
  size: z.nullable(z.string()),
  location: locationSchema,
  domain: domainSchema,
});

/**
 * The employer of an offer or a company likely to hire (today's API): SIRET, names, size, place
 * and sector. Most fields are `null` when the source does not know them.
 *
 * @example
 * ```ts
 * import type { JobWorkplace } from "labonnealternance";
 * declare const workplace: JobWorkplace;
 * const label = workplace.brand ?? workplace.legal_name ?? workplace.name ?? "?";
 * ```
 */
export interface JobWorkplace extends z.output<typeof workplaceObject> {}

/**
 * Schema of {@link JobWorkplace}.
 *
 * @example
 * ```ts
 * declare const body: unknown;
 * const location = z.parse(jobWorkplaceSchema, body).location;
 * ```
 */
export const jobWorkplaceSchema: z.ZodMiniType<JobWorkplace, z.input<typeof workplaceObject>> = workplaceObject;

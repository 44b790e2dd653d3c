/*
 * What the server accepts but does not keep: keys its schema does not know (zod drops them
 * silently, so a typo such as `offer.titel` loses data without a word), `offer.rome_codes` (ROME
 * codes are always inferred) and `offer.origin` (the server sets its own). The SDK sends the body
 * as given and reports these paths with the answer, so nothing is lost silently.
 */

type Shape = { readonly [key: string]: Shape | true };

const WRITE_SHAPE: Shape = {
  identifier: { partner_job_id: true },
  contract: { start: true, duration: true, type: true, remote: true },
  offer: {
    title: true,
    rome_codes: true,
    description: true,
    target_diploma: { european: true },
    desired_skills: true,
    to_be_acquired_skills: true,
    access_conditions: true,
    publication: { creation: true, expiration: true },
    opening_count: true,
    origin: true,
    multicast: true,
    status: true,
  },
  apply: { url: true, email: true, phone: true },
  workplace: { siret: true, name: true, website: true, description: true, location: { address: true } },
};

/** Accepted, then ignored by the server. */
const IGNORED = ["offer.rome_codes", "offer.origin"];

/**
 * The paths of a (checked) write body that the server will not keep: unknown keys, and
 * `offer.rome_codes` / `offer.origin` when set.
 *
 * @example
 * ```ts
 * ignoredFields({ offer: { title: "Boulanger", titel: "x", rome_codes: ["D1102"] } }); // ["offer.titel", "offer.rome_codes"]
 * ```
 */
export function ignoredFields(body: unknown): string[] {
  const found: string[] = [];
  walk(body, WRITE_SHAPE, "", found);
  for (const path of IGNORED) {
    const [section, key] = path.split(".") as [string, string];
    const part = isRecord(body) ? body[section] : undefined;
    const value = isRecord(part) ? part[key] : undefined;
    if (value !== undefined && value !== null) found.push(path);
  }
  return found;
}

function walk(value: unknown, shape: Shape, prefix: string, found: string[]): void {
  if (!isRecord(value)) return;
  for (const key of Object.keys(value)) {
    if (value[key] === undefined) continue;
    const inner = shape[key];
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (inner === undefined) found.push(path);
    else if (inner !== true) walk(value[key], inner, path, found);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

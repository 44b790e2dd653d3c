import type { ClientContext } from "../client/context.js";
import { inputCollector } from "../client/input.js";
import type { LbaCallOptions } from "../client/options.js";
import { runOperation } from "../client/run-operation.js";
import type { Metier } from "../schemas/index.js";

/**
 * Jobs (métiers) matching a free-text title, with their ROME codes.
 *
 * @example
 * ```ts
 * const { metiers } = await client.findMetiers("boulanger");
 * const romes = metiers.flatMap((m) => m.romes ?? []);
 * ```
 */
export interface MetiersResult {
  /** Jobs of the La Bonne Alternance list (`labelsAndRomes`). */
  metiers: Metier[];
  /** Diplomas whose title matched, with their ROME and RNCP codes (`labelsAndRomesForDiplomas`). */
  diplomas: Metier[];
}

function requireText(value: unknown, field: string, expected: string, pattern?: RegExp): string {
  const input = inputCollector();
  if (typeof value !== "string" || value.trim() === "") {
    input.add({ field, problem: "is missing or empty", expected, value });
  } else if (pattern && !pattern.test(value)) {
    input.add({ field, problem: "is badly formatted", expected, value });
  }
  input.throwIfAny();
  // Sent as given: nothing the caller passed is changed behind its back.
  return value as string;
}

/** `client.findMetiers(title, options?)`: ROME codes from a job title. */
export function findMetiers(ctx: ClientContext) {
  return async (title: string, options: LbaCallOptions = {}): Promise<MetiersResult> => {
    const text = requireText(title, "title", "a job title of at least 1 character, e.g. \"boulanger\"");
    const body = (await runOperation(ctx, { key: "metiers", method: "GET", path: "/api/V1/metiers", query: { title: text } }, options)) as {
      labelsAndRomes?: Metier[] | null;
      labelsAndRomesForDiplomas?: Metier[] | null;
    } | null;
    return { metiers: body?.labelsAndRomes ?? [], diplomas: body?.labelsAndRomesForDiplomas ?? [] };
  };
}

/** `client.listMetiers(options?)`: every job name of the La Bonne Alternance list, sorted. */
export function listMetiers(ctx: ClientContext) {
  return async (options: LbaCallOptions = {}): Promise<string[]> => {
    const body = (await runOperation(ctx, { key: "metiersAll", method: "GET", path: "/api/V1/metiers/all" }, options)) as { metiers?: string[] | null } | null;
    return body?.metiers ?? [];
  };
}

/**
 * `client.metiersForFormation(cfd, options?)`: job names a training (by its CFD code) leads to;
 * `null` when the server does not know the CFD.
 */
export function metiersForFormation(ctx: ClientContext) {
  return async (cfd: string, options: LbaCallOptions = {}): Promise<string[] | null> => {
    const code = requireText(cfd, "cfd", "a CFD code of 8 letters or digits, e.g. \"50022137\"", /^[0-9A-Za-z]{8}$/);
    const body = (await runOperation(
      ctx,
      { key: "metiersParFormation", method: "GET", path: "/api/V1/metiers/metiersParFormation/{cfd}", pathParams: { cfd: code }, notFoundIsNull: true },
      options,
    )) as { metiers?: string[] | null } | null;
    return body === null ? null : (body.metiers ?? []);
  };
}

/**
 * `client.metiersForEtablissement(siret, options?)`: job names of the trainings of a training
 * establishment (by its SIRET); `null` when the server does not know it.
 */
export function metiersForEtablissement(ctx: ClientContext) {
  return async (siret: string, options: LbaCallOptions = {}): Promise<string[] | null> => {
    const code = requireText(siret, "siret", "a SIRET of 14 digits, e.g. \"19350936100278\"", /^[0-9]{14}$/);
    const body = (await runOperation(
      ctx,
      { key: "metiersParEtablissement", method: "GET", path: "/api/V1/metiers/metiersParEtablissement/{siret}", pathParams: { siret: code }, notFoundIsNull: true },
      options,
    )) as { metiers?: string[] | null } | null;
    return body === null ? null : (body.metiers ?? []);
  };
}

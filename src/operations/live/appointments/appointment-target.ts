/*
 * What `appointmentLink` accepts, checked before any request: a training item of `searchFormations`
 * (its `cleMinistereEducatif`), or exactly one identifier. The server's body is a strict object
 * with exactly one of three keys (LIVE-API-PARTNERS.md §4): anything else would be a 400.
 */
import type { InputCollector } from "../../../input/collector.js";
import { describeType } from "../../../input/collector.js";
import type { Formation } from "../../../schemas/index.js";
import { isWellFormed } from "../../common/require-text.js";

/**
 * Which training an appointment link is for: a training item as `searchFormations` or
 * `getFormation` return it (passed as it is), or one identifier: the catalogue key
 * (`cleMinistereEducatif`, the `id` of a training item, which contains `#`), a Parcoursup id, or an
 * ONISEP id (`id_action_ideo2`).
 *
 * @example
 * ```ts
 * import type { AppointmentTarget } from "labonnealternance";
 * const byKey: AppointmentTarget = { cleMinistereEducatif: "088281P01313885594860007038855948600070-67118#L01" };
 * const byParcoursup: AppointmentTarget = { parcoursupId: "31589" };
 * ```
 */
export type AppointmentTarget = Formation | { cleMinistereEducatif: string } | { parcoursupId: string } | { onisepId: string };

/** The body of `POST /formation/v1/appointment/generate-link`: exactly one key. */
export type AppointmentRequestBody = { cle_ministere_educatif: string } | { parcoursup_id: string } | { onisep_id: string };

const IDENTIFIERS = { cleMinistereEducatif: "cle_ministere_educatif", parcoursupId: "parcoursup_id", onisepId: "onisep_id" } as const;
type IdentifierName = keyof typeof IDENTIFIERS;
const NAMES = Object.keys(IDENTIFIERS) as IdentifierName[];
const EXPECTED = "a training item of searchFormations, or exactly one of { cleMinistereEducatif }, { parcoursupId }, { onisepId }";
const MAX_LENGTH = 200;

/**
 * The request body for `target`, or `undefined` with the problems added to `input` (field
 * `training`, or `training.<key>`).
 *
 * @example
 * ```ts
 * declare const input: InputCollector;
 * appointmentBody({ onisepId: "AF.31589" }, input); // { onisep_id: "AF.31589" }
 * ```
 */
export function appointmentBody(target: unknown, input: InputCollector): AppointmentRequestBody | undefined {
  if (typeof target !== "object" || target === null || Array.isArray(target)) {
    input.add({ field: "training", problem: `is ${describeType(target)}, not an object`, expected: EXPECTED });
    return undefined;
  }
  const record = target as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(record, "ideaType")) return fromItem(record, input);
  const unknown = Object.keys(record).filter((key) => !(NAMES as string[]).includes(key));
  for (const key of unknown) input.add({ field: `training.${key}`, problem: "is not an identifier appointmentLink knows", expected: EXPECTED });
  const given = NAMES.filter((name) => Object.prototype.hasOwnProperty.call(record, name));
  if (given.length === 0 && unknown.length === 0) input.add({ field: "training", problem: "has no identifier", expected: EXPECTED });
  if (given.length > 1) input.add({ field: "training", problem: `has several identifiers (${given.join(", ")}): the API takes exactly one`, expected: EXPECTED });
  if (given.length !== 1 || unknown.length > 0) return undefined;
  const name = given[0]!;
  const value = checkIdentifier(record[name], `training.${name}`, input);
  return value === undefined ? undefined : ({ [IDENTIFIERS[name]]: value } as AppointmentRequestBody);
}

/** A training item: its catalogue key (`cleMinistereEducatif`, which `id` repeats). */
function fromItem(item: Record<string, unknown>, input: InputCollector): AppointmentRequestBody | undefined {
  if (item.ideaType !== "formation") {
    const kind = typeof item.ideaType === "string" ? `"${item.ideaType.slice(0, 40)}"` : describeType(item.ideaType);
    input.add({ field: "training.ideaType", problem: `is ${kind}, not "formation": only a training takes appointments`, expected: EXPECTED });
    return undefined;
  }
  const key = typeof item.cleMinistereEducatif === "string" && item.cleMinistereEducatif !== "" ? "cleMinistereEducatif" : "id";
  const value = checkIdentifier(item[key], `training.${key}`, input, "the training's catalogue key (cleMinistereEducatif); this item has none: find it with getFormation or pass { parcoursupId } / { onisepId }");
  return value === undefined ? undefined : { cle_ministere_educatif: value };
}

/** A non-empty identifier, sent as given: surrounding spaces are an error, not trimmed away. */
function checkIdentifier(value: unknown, field: string, input: InputCollector, expected = "a non-empty identifier string"): string | undefined {
  let problem: string | undefined;
  if (typeof value !== "string") problem = `is ${describeType(value)}, not a string`;
  else if (value.trim() === "") problem = "is empty";
  else if (value.trim() !== value) problem = "has spaces around it (nothing is trimmed for you)";
  else if (value.length > MAX_LENGTH) problem = `is longer than ${MAX_LENGTH} characters`;
  else if (!isWellFormed(value) || /[\u0000-\u001f\u007f]/.test(value)) problem = "holds control characters or broken Unicode";
  if (problem === undefined) return value as string;
  input.add({ field, problem, expected, ...(typeof value === "string" && value.length <= MAX_LENGTH ? { value } : {}) });
  return undefined;
}

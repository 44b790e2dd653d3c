/**
 * `POST /job/v1/apply` (the gateway forwards the body to the server's `/v2/application`): body
 * check, then the business rules of `sendApplicationV2` in its order (file type, disposable
 * e-mail, recipient, per-applicant and per-recipient limits, contact e-mail), then 202 `{ id }`.
 *
 * Accepted applications are recorded WITHOUT their content (id, recipient, time, a fingerprint of
 * the body) so tests can check that nothing was received twice.
 */
import { hashParts } from "../../random.js";
import { json, type MockResponse } from "../response.js";
import { THROWAWAY_EMAIL_DOMAINS } from "../application-limits.js";
import type { ResolvedMockApiOptions } from "../options.js";
import { attachmentMatches, checkApplication } from "./apply-validation.js";
import { frameworkBadRequest, lbaError } from "./errors.js";
import { findJobItem } from "./job-world.js";

/**
 * One application the mock accepted (HTTP 202). Never its content: a fingerprint identifies a
 * body (the same body sent twice has the same fingerprint).
 *
 * @example
 * ```ts
 * import type { MockServer } from "labonnealternance/testing";
 * declare const server: MockServer;
 * new Set(server.applications.map((a) => a.fingerprint)).size === server.applications.length; // nothing received twice
 * ```
 */
export interface MockApplicationRecord {
  /** The id answered. */
  id: string;
  /** `recipient_id` of the body. */
  recipientId: string;
  /** When it was accepted (ms since epoch). */
  at: number;
  /** A hash of the whole body (16 hex), not reversible into it. */
  fingerprint: string;
}

/** Counters and records of the apply route. @example `createApplyState()` */
export interface ApplyState {
  records: MockApplicationRecord[];
  counts: Map<string, number>;
}

/** A fresh {@link ApplyState}. @example `const state = createApplyState();` */
export function createApplyState(): ApplyState {
  return { records: [], counts: new Map() };
}

/** The server's limits (`application.service.ts`). */
const PER_APPLICANT_PER_DAY = 100;
const PER_APPLICANT_PER_ITEM = 3;
const PER_CALLER_PER_SIRET_PER_DAY = 20;
/** Partners that receive applications through their own API (no e-mail needed). */
const PARTNERS_WITH_APPLICATION_API = ["Taleez"];

const hex8 = (n: number): string => (n >>> 0).toString(16).padStart(8, "0");

/**
 * Answers an application sent with API key `apiKey` at time `now`.
 *
 * @example
 * ```ts
 * declare const options: ResolvedMockApiOptions;
 * declare const state: ApplyState;
 * declare const body: unknown;
 * declare const MOCK_API_KEY: string;
 * applyRoute(options, state, body, MOCK_API_KEY, Date.now()).status; // 202
 * ```
 */
export function applyRoute(options: ResolvedMockApiOptions, state: ApplyState, body: unknown, apiKey: string, now: number): MockResponse {
  const { issues, recipient } = checkApplication(body);
  if (issues.length > 0 || !recipient) return frameworkBadRequest(issues, "body");
  const b = body as Record<string, string>;
  if (!attachmentMatches(b["applicant_attachment_name"]!, b["applicant_attachment_content"]!)) return lbaError(400, "File type is not supported");
  const email = b["applicant_email"]!.toLowerCase();
  if (THROWAWAY_EMAIL_DOMAINS.includes(email.split("@").pop()!)) return lbaError(400, "Disposable email are not allowed");

  const found = findJobItem(options.seed, recipient.objectId);
  if (!found && !options.acceptUnknownRecipients) return lbaError(400, "Job or recruiter not found");
  const day = new Date(now).toISOString().slice(0, 10);
  const applicant = hex8(hashParts("applicant", email));
  const siret = found?.item.workplace.siret ?? null;
  const count = (key: string): number => state.counts.get(key) ?? 0;
  const keys = { day: `day|${applicant}|${day}`, item: `item|${applicant}|${recipient.objectId}`, siret: `siret|${hex8(hashParts(apiKey))}|${siret}|${day}` };
  if (count(keys.day) > PER_APPLICANT_PER_DAY) return lbaError(429, "Maximum application per day reached");
  if (count(keys.item) >= PER_APPLICANT_PER_ITEM) return lbaError(429, "Maximum application per offer reached");
  if (siret !== null && count(keys.siret) >= PER_CALLER_PER_SIRET_PER_DAY) return lbaError(429, "Maximum application per recruiter reached");
  const label = found && "identifier" in found.item && "partner_label" in found.item.identifier ? found.item.identifier.partner_label : null;
  if (found && found.item.apply.recipient_id === null && !PARTNERS_WITH_APPLICATION_API.includes(label ?? "")) {
    return lbaError(400, "Internal error: no contact email found for the corresponding ressource");
  }

  for (const key of Object.values(keys)) state.counts.set(key, count(key) + 1);
  const n = state.records.length + 1;
  const id = hex8(Math.floor(now / 1000)) + hex8(hashParts(options.seed, "application", n)) + hex8(n);
  const text = JSON.stringify(body);
  state.records.push({ id, recipientId: b["recipient_id"]!, at: now, fingerprint: hex8(hashParts(text)) + hex8(hashParts("fingerprint", text)) });
  return json(202, { id });
}

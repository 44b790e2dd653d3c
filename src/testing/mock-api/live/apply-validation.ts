/**
 * The body check of `POST /job/v1/apply`: the server's `ZApplicationApiPublic` (a strict object:
 * an unknown key such as `caller` is a 400), issue for issue, in the schema's key order. Messages
 * never contain the applicant's values.
 */
import { MAX_FILE_CONTENT_CHARS } from "../application-limits.js";
import { MAX_NAME_LENGTH } from "../../../data/applicant-limits.js";
import type { ZodIssue } from "./query.js";

/** zod's e-mail pattern (what `z.email()` tests). */
const EMAIL = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
const ATTACHMENT_NAME = /((.*?))(\.)+([Dd][Oo][Cc][Xx]|[Pp][Dd][Ff])$/i;
const PHONE_MESSAGE = "Invalid Phone Number: please use international format (+XXXX...) or french national format (06XXX...)";

const KNOWN_KEYS = [
  "applicant_email",
  "applicant_first_name",
  "applicant_last_name",
  "applicant_phone",
  "applicant_attachment_name",
  "applicant_inscription_formation",
  "applicant_contract_duration",
  "applicant_contract_start",
  "applicant_formation_description",
  "applicant_rythm_description",
  "foreign_application_id",
  "foreign_application_status_url",
  "applicant_answers_to_recruiter_questions",
  "applicant_message",
  "applicant_attachment_content",
  "recipient_id",
] as const;

const typeName = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/**
 * The server's `validatePhone` (libphonenumber "possible" number, French national numbers read as
 * +33, premium-rate and shared-cost numbers refused), approximated without libphonenumber.
 *
 * @example
 * ```ts
 * isValidPhone("06 12 34 56 78"); // true
 * isValidPhone("0899123456"); // false (premium rate)
 * ```
 */
export function isValidPhone(raw: string): boolean {
  let phone = raw.trim();
  if (!phone) return false;
  if (/^0[1-9]/.test(phone)) phone = `+33${phone.slice(1)}`;
  const compact = phone.replace(/[\s.\-()]/g, "");
  if (!/^\+[1-9]\d{6,14}$/.test(compact)) return false;
  if (!compact.startsWith("+33")) return true;
  const national = compact.slice(3);
  return /^[1-9]\d{8}$/.test(national) && !/^8[129]/.test(national);
}

/** Where a valid `recipient_id` points. @example `{ collection: "partners", objectId: "66f1…" }` */
export interface RecipientRef {
  collection: "partners" | "recruiters";
  objectId: string;
}

/**
 * The body's issues (empty when valid) and, when `recipient_id` is well formed, what it points to.
 * Like the server's transform, `recipient_id` is split on "_": the collection must be "partners"
 * or "recruiters" and the next part a 24-hex ObjectId (any case); further parts are ignored.
 *
 * @example
 * ```ts
 * checkApplication({ recipient_id: "partners_66f1a2b3c4d5e6f7a8b9c0d1" }).issues.length; // 6 (missing fields)
 * ```
 */
export function checkApplication(body: unknown): { issues: ZodIssue[]; recipient?: RecipientRef } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { issues: [{ expected: "object", code: "invalid_type", path: [], message: `Invalid input: expected object, received ${body === undefined ? "undefined" : typeName(body)}` }] };
  }
  const b = body as Record<string, unknown>;
  const issues: ZodIssue[] = [];
  const string = (key: string, required: boolean): string | undefined => {
    const value = b[key];
    if (value === undefined && !required) return undefined;
    if (value === null && !required) return undefined;
    if (typeof value !== "string") {
      issues.push({ expected: "string", code: "invalid_type", path: [key], message: `Invalid input: expected string, received ${value === undefined ? "undefined" : typeName(value)}` });
      return undefined;
    }
    return value;
  };
  const size = (key: string, value: string | undefined, min: number | undefined, max: number, maxMessage?: string): void => {
    if (value === undefined) return;
    if (min !== undefined && value.length < min) issues.push({ origin: "string", code: "too_small", minimum: min, inclusive: true, path: [key], message: `Too small: expected string to have >=${min} characters` });
    if (value.length > max) issues.push({ origin: "string", code: "too_big", maximum: max, inclusive: true, path: [key], message: maxMessage ?? `Too big: expected string to have <=${max} characters` });
  };

  const email = string("applicant_email", true);
  if (email !== undefined && !EMAIL.test(email)) issues.push({ origin: "string", code: "invalid_format", format: "email", pattern: EMAIL.toString().slice(1, -1), path: ["applicant_email"], message: "Invalid email address" });
  size("applicant_first_name", string("applicant_first_name", true), 1, MAX_NAME_LENGTH);
  size("applicant_last_name", string("applicant_last_name", true), 1, MAX_NAME_LENGTH);
  const phone = string("applicant_phone", true);
  if (phone !== undefined && !isValidPhone(phone)) issues.push({ code: "custom", path: ["applicant_phone"], message: PHONE_MESSAGE });
  const name = string("applicant_attachment_name", true);
  size("applicant_attachment_name", name, 1, Number.POSITIVE_INFINITY);
  if (name !== undefined && !ATTACHMENT_NAME.test(name)) {
    issues.push({ origin: "string", code: "invalid_format", format: "regex", pattern: ATTACHMENT_NAME.toString(), path: ["applicant_attachment_name"], message: `Invalid string: must match pattern ${ATTACHMENT_NAME.toString()}` });
  }
  if (b["applicant_inscription_formation"] != null && typeof b["applicant_inscription_formation"] !== "boolean") {
    issues.push({ expected: "boolean", code: "invalid_type", path: ["applicant_inscription_formation"], message: `Invalid input: expected boolean, received ${typeName(b["applicant_inscription_formation"])}` });
  }
  string("applicant_contract_duration", false);
  const start = b["applicant_contract_start"];
  if (start != null && !(Array.isArray(start) && start.every((s) => typeof s === "string"))) {
    issues.push({ expected: "array", code: "invalid_type", path: ["applicant_contract_start"], message: `Invalid input: expected array, received ${typeName(start)}` });
  }
  size("applicant_formation_description", string("applicant_formation_description", false), undefined, 200, "200 caractères maximum.");
  size("applicant_rythm_description", string("applicant_rythm_description", false), undefined, 200, "200 caractères maximum.");
  string("foreign_application_id", false);
  string("foreign_application_status_url", false);
  const answers = b["applicant_answers_to_recruiter_questions"];
  if (answers != null && !(Array.isArray(answers) && answers.every((a) => typeof a === "object" && a !== null && typeof (a as Record<string, unknown>)["question"] === "string" && typeof (a as Record<string, unknown>)["answer"] === "string"))) {
    issues.push({ expected: "array", code: "invalid_type", path: ["applicant_answers_to_recruiter_questions"], message: "Invalid input: expected array of { question, answer }" });
  }
  string("applicant_message", false);
  size("applicant_attachment_content", string("applicant_attachment_content", true), undefined, MAX_FILE_CONTENT_CHARS);

  let recipient: RecipientRef | undefined;
  const recipientId = string("recipient_id", true);
  if (recipientId !== undefined) {
    const [collection, objectId] = recipientId.split("_");
    if (collection !== "partners" && collection !== "recruiters") {
      issues.push({ code: "custom", path: ["recipient_id"], message: `Invalid collection name: ${collection}` });
    } else if (!objectId || !/^[0-9a-f]{24}$/i.test(objectId)) {
      issues.push({ code: "custom", path: ["recipient_id"], message: `Invalid job identifier: ${objectId}` });
    } else {
      recipient = { collection, objectId: objectId.toLowerCase() };
    }
  }
  const unknown = Object.keys(b).filter((key) => !(KNOWN_KEYS as readonly string[]).includes(key));
  if (unknown.length > 0) issues.push({ code: "unrecognized_keys", keys: unknown, path: [], message: `Unrecognized key${unknown.length > 1 ? "s" : ""}: ${unknown.map((k) => JSON.stringify(k)).join(", ")}` });
  return { issues, recipient };
}

/**
 * The server's `validateApplicationFileType`: the extension (any case) must be pdf or docx, the
 * content must start with that type's data-URL header, and the decoded bytes must be of that type.
 *
 * @example
 * ```ts
 * attachmentMatches("cv.pdf", "data:application/pdf;base64,JVBERi0xLjQK"); // true
 * ```
 */
export function attachmentMatches(name: string, content: string): boolean {
  const ext = name.slice(name.lastIndexOf(".") + 1).toLowerCase();
  const headers: Record<string, string> = {
    pdf: "data:application/pdf;base64,",
    docx: "data:application/vnd.openxmlformats-officedocument.wordprocessingml.document;base64,",
  };
  const header = headers[ext];
  if (!header || !content.startsWith(header)) return false;
  // Lenient like Node's Buffer.from(…, "base64"): stray characters ignored, data ends at padding.
  const data = content.slice(header.length).replace(/[^A-Za-z0-9+/=]/g, "").split("=")[0]!;
  const length = Math.min(data.length, 8192);
  let bytes: string;
  try {
    bytes = atob(data.slice(0, length - (length % 4)));
  } catch {
    return false;
  }
  if (ext === "pdf") return bytes.startsWith("%PDF");
  // A .docx is a zip whose entries include "word/" (file-type looks for it the same way).
  return bytes.startsWith("PK\u0003\u0004") && bytes.includes("word/");
}

import { badRequest, json, type MockResponse, type ParamIssue } from "../../mock-api/response.js";
import type { RouteContext } from "./context.js";
import { MAX_FILE_CONTENT_CHARS, THROWAWAY_EMAIL_DOMAINS } from "../../mock-api/application-limits.js";

const REQUIRED_FIELDS = [
  "applicant_email", "applicant_first_name", "applicant_last_name", "applicant_phone", "applicant_file_name", "applicant_file_content",
  "company_email", "iv", "company_name", "company_siret", "company_type", "company_address", "company_naf",
] as const;

/**
 * Checks an application body. Messages name the field and the rule, NEVER the value: the body is
 * personal data (names, e-mail, phone, CV).
 */
function applicationIssues(body: Record<string, unknown>): ParamIssue[] {
  const issues: ParamIssue[] = [];
  const text = (name: string): string | undefined => (typeof body[name] === "string" && body[name] !== "" ? (body[name] as string) : undefined);
  const required = body["company_type"] === "matcha" ? [...REQUIRED_FIELDS, "job_id", "job_title"] : REQUIRED_FIELDS;
  for (const name of required) if (text(name) === undefined) issues.push({ param: name, message: "is required." });
  const email = text("applicant_email");
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) issues.push({ param: "applicant_email", message: "must be a valid e-mail address." });
  for (const name of ["applicant_first_name", "applicant_last_name"]) {
    const value = text(name);
    if (value !== undefined && value.length > 50) issues.push({ param: name, message: "must be at most 50 characters." });
  }
  const phone = text("applicant_phone");
  if (phone !== undefined && !/^0[1-9][0-9]{8}$/.test(phone)) issues.push({ param: "applicant_phone", message: "must be 10 digits starting with 0." });
  const fileName = text("applicant_file_name");
  if (fileName !== undefined && !/\.(docx|pdf)$/i.test(fileName)) issues.push({ param: "applicant_file_name", message: "must end with .pdf or .docx." });
  const content = text("applicant_file_content");
  if (content !== undefined && content.length > MAX_FILE_CONTENT_CHARS) issues.push({ param: "applicant_file_content", message: `must be at most ${MAX_FILE_CONTENT_CHARS} characters.` });
  const type = text("company_type");
  if (type !== undefined && !["lba", "lbb", "matcha"].includes(type)) issues.push({ param: "company_type", message: "must be one of lba, lbb, matcha." });
  return issues;
}

/**
 * `POST /api/V1/application`: validates like the real server (required fields, names ≤ 50 chars,
 * phone 10 digits, .pdf/.docx, content ≤ 4,215,276 chars, throwaway domains refused, 100 a day per
 * caller) and answers `{ result: "ok", message: "messages sent" }`. Nothing is sent, nothing is kept
 * but a per-caller counter.
 *
 * Refusals carry the real server's error codes ("données de candidature invalides", "email
 * temporaire non autorisé", "max candidatures atteint", "missing_caller"); the mock adds
 * `error_messages` naming the fields at fault (never their values).
 *
 * @example
 * ```ts
 * declare const ctx: RouteContext;
 * applicationRoute(ctx).body; // { result: "ok", message: "messages sent" }
 * ```
 */
export function applicationRoute(ctx: RouteContext): MockResponse {
  const { options } = ctx;
  let body = ctx.body;
  if (typeof body === "string") {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      body = undefined;
    }
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return badRequest([{ param: "body", message: "must be a JSON object." }], options.errorShape, "body", "données de candidature invalides");
  }
  const fields = body as Record<string, unknown>;
  const caller = typeof fields["caller"] === "string" && fields["caller"] !== "" ? fields["caller"] : ctx.query["caller"];
  if (options.requireCaller && !caller) return badRequest([{ param: "caller", message: "caller is missing." }], options.errorShape, "body", "missing_caller");

  const issues = applicationIssues(fields);
  if (issues.length > 0) return badRequest(issues, options.errorShape, "body", "données de candidature invalides");

  const domain = String(fields["applicant_email"]).split("@").pop()!.toLowerCase();
  if (THROWAWAY_EMAIL_DOMAINS.includes(domain)) {
    return badRequest([{ param: "applicant_email", message: "throwaway e-mail domains are not accepted." }], options.errorShape, "body", "email temporaire non autorisé");
  }
  const dayKey = `${caller ?? ""}|${new Date(ctx.now).toISOString().slice(0, 10)}`;
  const count = ctx.applicationCounts.get(dayKey) ?? 0;
  if (count >= options.applicationsPerDay) {
    return badRequest([{ param: "caller", message: `at most ${options.applicationsPerDay} applications a day.` }], options.errorShape, "body", "max candidatures atteint");
  }
  ctx.applicationCounts.set(dayKey, count + 1);
  return json(200, { result: "ok", message: "messages sent" });
}

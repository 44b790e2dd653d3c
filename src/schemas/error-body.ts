import * as z from "zod/mini";

/**
 * 400 body of the historical servers: `{ error: "wrong_parameters", error_messages: [...] }`.
 *
 * @example
 * ```ts
 * wrongParametersBodySchema.parse({ error: "wrong_parameters", error_messages: ["radius : ..."] });
 * ```
 */
export const wrongParametersBodySchema = z.looseObject({
  error: z.string(),
  error_messages: z.optional(z.array(z.string())),
});

/**
 * 400 body of the newest servers (framework validation error):
 * `{ statusCode, error, message, data: { validationError } }`.
 *
 * @example
 * ```ts
 * frameworkErrorBodySchema.parse({ statusCode: 400, error: "Bad Request", message: "querystring.radius: ..." });
 * ```
 */
export const frameworkErrorBodySchema = z.looseObject({
  statusCode: z.number(),
  error: z.optional(z.string()),
  message: z.optional(z.string()),
  data: z.optional(z.nullable(z.looseObject({ validationError: z.optional(z.unknown()) }))),
});

/** What {@link parseApiErrorBody} extracts from an error body. @example `const { code, messages } = parseApiErrorBody(body)` */
export interface ApiErrorBodySummary {
  /** Machine-readable error kind (`"wrong_parameters"`, `"Bad Request"`...), when the body has one. */
  code?: string;
  /** Human-readable messages, most specific first; empty when the body has none. */
  messages: string[];
}

/**
 * Reads both 400 shapes (and any error-ish JSON) into a code and a list of readable messages.
 * Framework details (`data.validationError`: zod issues, zod `format()` tree, zod `flatten()`, ajv
 * errors) are flattened to `"path: message"` strings. Never throws.
 *
 * @example
 * ```ts
 * parseApiErrorBody({ error: "wrong_parameters", error_messages: ["radius : must be <= 200"] });
 * // { code: "wrong_parameters", messages: ["radius : must be <= 200"] }
 * ```
 */
export function parseApiErrorBody(body: unknown): ApiErrorBodySummary {
  if (typeof body === "string") return { messages: body.trim() ? [body.trim().slice(0, 500)] : [] };
  const wrong = wrongParametersBodySchema.safeParse(body);
  if (wrong.success && wrong.data.error_messages) {
    return { code: wrong.data.error, messages: wrong.data.error_messages };
  }
  const framework = frameworkErrorBodySchema.safeParse(body);
  if (framework.success) {
    const { error, message, data } = framework.data;
    const details = flattenValidationError(data?.validationError);
    const messages = details.length > 0 ? details : message ? [message] : [];
    return error === undefined ? { messages } : { code: error, messages };
  }
  if (wrong.success) return { code: wrong.data.error, messages: stringField(body, "message") };
  return { messages: stringField(body, "message") };
}

function stringField(body: unknown, key: string): string[] {
  const value = body && typeof body === "object" ? (body as Record<string, unknown>)[key] : undefined;
  return typeof value === "string" && value ? [value] : [];
}

/** Flattens the validation detail formats servers use into `"path: message"` strings. */
function flattenValidationError(detail: unknown): string[] {
  if (detail == null) return [];
  if (typeof detail === "string") return [detail];
  if (Array.isArray(detail)) return detail.flatMap(issueToText);
  if (typeof detail !== "object") return [];
  const record = detail as Record<string, unknown>;
  if (Array.isArray(record["issues"])) return record["issues"].flatMap(issueToText);
  if ("fieldErrors" in record || "formErrors" in record) {
    const form = Array.isArray(record["formErrors"]) ? record["formErrors"].map(String) : [];
    const fields = Object.entries((record["fieldErrors"] ?? {}) as Record<string, unknown>).flatMap(
      ([key, list]) => (Array.isArray(list) ? list.map((m) => `${key}: ${String(m)}`) : []),
    );
    return [...form, ...fields];
  }
  return flattenTree(record, "");
}

/** One zod issue (`{ path: [...], message }`) or ajv error (`{ instancePath, message }`). */
function issueToText(issue: unknown): string[] {
  if (typeof issue === "string") return [issue];
  if (!issue || typeof issue !== "object") return [];
  const { path, instancePath, message } = issue as Record<string, unknown>;
  const where = Array.isArray(path) ? path.join(".") : typeof instancePath === "string" ? instancePath.replace(/^\//, "").replace(/\//g, ".") : "";
  const text = typeof message === "string" ? message : "invalid value";
  return [where ? `${where}: ${text}` : text];
}

/** zod `format()` tree: `{ _errors: [], romes: { _errors: ["..."] } }`. */
function flattenTree(node: Record<string, unknown>, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "_errors" && Array.isArray(value)) {
      for (const m of value) out.push(prefix ? `${prefix}: ${String(m)}` : String(m));
    } else if (value && typeof value === "object" && !Array.isArray(value)) {
      out.push(...flattenTree(value as Record<string, unknown>, prefix ? `${prefix}.${key}` : key));
    } else if (typeof value === "string") {
      out.push(`${prefix ? `${prefix}.` : ""}${key}: ${value}`);
    }
  }
  return out;
}

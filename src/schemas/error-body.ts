/**
 * Reading error bodies. Free of zod on purpose: it runs on every failed call, and loading zod
 * costs more than the call (see src/validation/README.md). Error bodies come from servers that may
 * be broken or hostile: every walk here is bounded (messages, depth, length) and never throws.
 */

/**
 * What {@link parseApiErrorBody} extracts from an error body.
 *
 * @example
 * ```ts
 * declare const body: unknown;
 * const { code, messages }: ApiErrorBodySummary = parseApiErrorBody(body);
 * ```
 */
export interface ApiErrorBodySummary {
  /** Machine-readable error kind (`"wrong_parameters"`, `"Bad Request"`, `"Unauthorized"`...), when the body has one. */
  code?: string;
  /** Human-readable messages, most general first for the gateway, most specific first otherwise; empty when the body has none. */
  messages: string[];
}

const MAX_MESSAGES = 20;
const MAX_MESSAGE_LENGTH = 300;
const MAX_DEPTH = 8;

/**
 * Reads the error bodies of both API generations into a code and readable messages:
 * - 2022 servers: `{ error: "wrong_parameters", error_messages: [...] }`;
 * - 2022 framework errors: `{ statusCode, error, message, data: { validationError } }` (the
 *   validation details replace the generic message);
 * - API Apprentissage (today's gateway): `{ statusCode, name, message, data? }`: `code` is `name`,
 *   messages are `message` then the validation details of `data`, if any; La Bonne Alternance's
 *   errors it passes through keep their `{ statusCode, error, message, data? }` (the second shape
 *   above); its unknown-path 404 nests the body in `payload` (a Boom output object).
 *
 * Validation details (zod issues, zod `format()`/`treeifyError` trees, `flatten()`, ajv errors) become
 * `"path: message"` strings. Only messages and paths are read, never the values a validator may
 * echo (`input`, `received`, `params`): they can hold the personal data of an application. E-mail
 * addresses left in a message are masked. Never throws.
 *
 * @example
 * ```ts
 * parseApiErrorBody({ error: "wrong_parameters", error_messages: ["radius : must be <= 200"] });
 * // { code: "wrong_parameters", messages: ["radius : must be <= 200"] }
 * parseApiErrorBody({ statusCode: 401, name: "Unauthorized", message: "Invalid API key" });
 * // { code: "Unauthorized", messages: ["Invalid API key"] }
 * ```
 */
export function parseApiErrorBody(body: unknown): ApiErrorBodySummary {
  try {
    return summarize(body);
  } catch {
    // Getters or proxies cannot come from JSON.parse; still, never turn an error into a crash.
    return { messages: [] };
  }
}

function summarize(body: unknown): ApiErrorBodySummary {
  if (typeof body === "string") return { messages: body.trim() ? [clean(body.trim())] : [] };
  if (!isRecord(body)) return { messages: [] };
  const error = stringAt(body, "error");
  const message = stringAt(body, "message");
  const list = own(body, "error_messages");
  if (error !== undefined && Array.isArray(list)) {
    return { code: error, messages: collect(list.filter((m): m is string => typeof m === "string")) };
  }
  if (typeof own(body, "statusCode") === "number") {
    // The gateway's unknown path: a Boom `output` object, whose error body is under `payload`.
    const payload = own(body, "payload");
    if (error === undefined && message === undefined && isRecord(payload) && !isRecord(own(payload, "payload"))) return summarize(payload);
    const details = validationDetails(own(body, "data"));
    const name = stringAt(body, "name");
    if (error === undefined && name !== undefined) {
      // API Apprentissage: the message first (it says what failed), then the details.
      return { code: name, messages: collect([...(message ? [message] : []), ...details]) };
    }
    const messages = details.length > 0 ? details : message ? [clean(message)] : [];
    return error === undefined ? { messages } : { code: error, messages };
  }
  const messages = message ? [clean(message)] : [];
  return error === undefined ? { messages } : { code: error, messages };
}

/** The validation details of a `data` field: `data.validationError`, or `data` itself when it is a list of issues. */
function validationDetails(data: unknown): string[] {
  if (!isRecord(data)) return Array.isArray(data) ? issuesToText(data) : [];
  const detail = own(data, "validationError");
  if (detail === undefined) return [];
  if (typeof detail === "string") return [clean(detail)];
  if (Array.isArray(detail)) return issuesToText(detail);
  if (!isRecord(detail)) return [];
  const issues = own(detail, "issues");
  if (Array.isArray(issues)) return issuesToText(issues);
  if ("fieldErrors" in detail || "formErrors" in detail) return flattenErrors(detail);
  return flattenTree(detail);
}

/** zod issues (`{ path: [...], message }`) or ajv/fastify errors (`{ instancePath, message }`). */
function issuesToText(issues: readonly unknown[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < issues.length && out.length < MAX_MESSAGES; i++) {
    const issue = issues[i];
    if (typeof issue === "string") {
      out.push(clean(issue));
      continue;
    }
    if (!isRecord(issue)) continue;
    const path = own(issue, "path");
    const instancePath = own(issue, "instancePath");
    const message = stringAt(issue, "message") ?? "invalid value";
    const where = Array.isArray(path)
      ? path.slice(0, MAX_DEPTH).filter((s) => typeof s === "string" || typeof s === "number").join(".")
      : typeof instancePath === "string"
        ? instancePath.slice(0, MAX_MESSAGE_LENGTH).replace(/^\//, "").replace(/\//g, ".")
        : "";
    out.push(clean(where ? `${where}: ${message}` : message));
  }
  return out;
}

/** zod `flatten()`: `{ formErrors: [...], fieldErrors: { radius: [...] } }`. */
function flattenErrors(detail: Record<string, unknown>): string[] {
  const out: string[] = [];
  const form = own(detail, "formErrors");
  if (Array.isArray(form)) for (const m of form.slice(0, MAX_MESSAGES)) if (typeof m === "string") out.push(clean(m));
  const fields = own(detail, "fieldErrors");
  if (isRecord(fields)) {
    for (const key of Object.keys(fields)) {
      const list = fields[key];
      if (!Array.isArray(list)) continue;
      for (const m of list.slice(0, MAX_MESSAGES)) if (typeof m === "string") out.push(clean(`${key}: ${m}`));
      if (out.length >= MAX_MESSAGES) break;
    }
  }
  return out.slice(0, MAX_MESSAGES);
}

/**
 * zod `format()` (`{ _errors: [], romes: { _errors: ["..."] } }`) and `treeifyError`
 * (`{ errors: [], properties: { romes: { errors: [...] } } }`) trees. Walked with an explicit stack
 * and a depth limit: a hostile body nested 10,000 deep costs nothing.
 */
function flattenTree(root: Record<string, unknown>): string[] {
  const out: string[] = [];
  const stack: Array<{ node: Record<string, unknown>; prefix: string; depth: number }> = [{ node: root, prefix: "", depth: 0 }];
  while (stack.length > 0 && out.length < MAX_MESSAGES) {
    const { node, prefix, depth } = stack.pop()!;
    const children: Array<{ node: Record<string, unknown>; prefix: string; depth: number }> = [];
    for (const key of Object.keys(node)) {
      const value = node[key];
      if ((key === "_errors" || key === "errors") && Array.isArray(value)) {
        for (const m of value.slice(0, MAX_MESSAGES)) if (typeof m === "string") out.push(clean(prefix ? `${prefix}: ${m}` : m));
      } else if (key === "properties" || key === "items") {
        // treeifyError nests children under `properties` (objects) or `items` (arrays, by index).
        if (depth < MAX_DEPTH && (isRecord(value) || Array.isArray(value))) {
          const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
          for (const [child, sub] of entries) if (isRecord(sub)) children.push({ node: sub, prefix: join(prefix, child), depth: depth + 1 });
        }
      } else if (isRecord(value)) {
        if (depth < MAX_DEPTH) children.push({ node: value, prefix: join(prefix, key), depth: depth + 1 });
      } else if (typeof value === "string") {
        out.push(clean(`${join(prefix, key)}: ${value}`));
      }
      if (out.length >= MAX_MESSAGES) break;
    }
    // Reverse so the walk reads in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out.slice(0, MAX_MESSAGES);
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}

function collect(messages: readonly string[]): string[] {
  return messages.slice(0, MAX_MESSAGES).map(clean);
}

// Bounded quantifiers on both sides of "@": linear on any input (and inputs are cut to 300 characters first).
const EMAIL = /[^\s@<>"'`,;:()[\]]{1,64}@[^\s@<>"'`,;:()[\]]{1,128}/g;

/** Cut to a readable length, e-mail addresses masked. */
function clean(message: string): string {
  const cut = message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…` : message;
  return cut.replace(EMAIL, "<e-mail>");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property (never one inherited through the prototype). */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function stringAt(record: Record<string, unknown>, key: string): string | undefined {
  const value = own(record, key);
  return typeof value === "string" && value !== "" ? value : undefined;
}

/**
 * Reading a query string the way today's servers do (fastify: a repeated key becomes an array)
 * and checking it the way their zod schemas do, issue for issue, so a 400 of the mock carries
 * the same `data.validationError.issues` as production.
 */

/** Query values as fastify parses them: one value, or an array when the key is repeated. @example `{ departements: ["44", "49"], radius: "30" }` */
export type RawQuery = Record<string, string | string[]>;

/** One zod issue, as the servers put it in `data.validationError.issues`. @example `{ code: "unrecognized_keys", keys: ["caller"], path: [], message: 'Unrecognized key: "caller"' }` */
export interface ZodIssue {
  code: string;
  path: (string | number)[];
  message: string;
  [extra: string]: unknown;
}

/**
 * Parses the query of a URL (`+` is a space, repeated keys give arrays).
 *
 * @example
 * ```ts
 * readQuery(new URL("http://x/?a=1&a=2&b=3")); // { a: ["1", "2"], b: "3" }
 * ```
 */
export function readQuery(url: URL): RawQuery {
  const query: RawQuery = {};
  for (const [key, value] of url.searchParams) {
    const current = query[key];
    query[key] = current === undefined ? value : Array.isArray(current) ? [...current, value] : [current, value];
  }
  return query;
}

const received = (value: unknown): string => (Array.isArray(value) ? "array" : value === undefined ? "undefined" : typeof value);

/**
 * `z.string()` (optional unless `required`), then `.trim()` and `.min()` when asked. Returns the
 * (trimmed) string, or `undefined` when absent or invalid.
 *
 * @example
 * ```ts
 * declare const issues: ZodIssue[];
 * zString({ title: ["a", "b"] }, "title", issues, { required: true }); // issue "expected string, received array"
 * ```
 */
export function zString(q: RawQuery, key: string, issues: ZodIssue[], rules: { required?: boolean; min?: number; trim?: boolean } = {}): string | undefined {
  const value = q[key];
  if (value === undefined && !rules.required) return undefined;
  if (typeof value !== "string") {
    issues.push({ expected: "string", code: "invalid_type", path: [key], message: `Invalid input: expected string, received ${received(value)}` });
    return undefined;
  }
  const text = rules.trim ? value.trim() : value;
  if (rules.min !== undefined && text.length < rules.min) {
    issues.push({ origin: "string", code: "too_small", minimum: rules.min, inclusive: true, path: [key], message: `Too small: expected string to have >=${rules.min} characters` });
    return undefined;
  }
  return text;
}

/**
 * `z.coerce.number()` with optional `.min()` / `.max()` (custom messages when the server has
 * them). `Number(value)` is what zod does: "" is 0, an array of two values is NaN.
 *
 * @example
 * ```ts
 * declare const issues: ZodIssue[];
 * zNumber({ radius: "201" }, "radius", issues, { min: 0, max: 200 }); // issue "Too big: expected number to be <=200"
 * ```
 */
export function zNumber(q: RawQuery, key: string, issues: ZodIssue[], rules: { min?: number; max?: number; message?: string } = {}): number | undefined {
  const value = q[key];
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) {
    issues.push({ expected: "number", code: "invalid_type", received: String(n), path: [key], message: `Invalid input: expected number, received ${String(n)}` });
    return undefined;
  }
  if (rules.min !== undefined && n < rules.min) {
    issues.push({ origin: "number", code: "too_small", minimum: rules.min, inclusive: true, path: [key], message: rules.message ?? `Too small: expected number to be >=${rules.min}` });
    return undefined;
  }
  if (rules.max !== undefined && n > rules.max) {
    issues.push({ origin: "number", code: "too_big", maximum: rules.max, inclusive: true, path: [key], message: rules.message ?? `Too big: expected number to be <=${rules.max}` });
    return undefined;
  }
  return n;
}

/**
 * `z.enum(values).optional()`.
 *
 * @example
 * ```ts
 * declare const issues: ZodIssue[];
 * zEnum({ target_diploma_level: "8" }, "target_diploma_level", ["3", "4", "5", "6", "7"], issues);
 * ```
 */
export function zEnum(q: RawQuery, key: string, values: readonly string[], issues: ZodIssue[]): string | undefined {
  const value = q[key];
  if (value === undefined) return undefined;
  if (typeof value === "string" && values.includes(value)) return value;
  issues.push({ code: "invalid_value", values: [...values], path: [key], message: `Invalid option: expected one of ${values.map((v) => JSON.stringify(v)).join("|")}` });
  return undefined;
}

/**
 * `z.literal(value).optional()`.
 *
 * @example
 * ```ts
 * declare const issues: ZodIssue[];
 * zLiteral({ options: "x" }, "options", "with_description", issues); // issue 'Invalid input: expected "with_description"'
 * ```
 */
export function zLiteral(q: RawQuery, key: string, literal: string, issues: ZodIssue[]): string | undefined {
  const value = q[key];
  if (value === undefined || value === literal) return value as string | undefined;
  issues.push({ code: "invalid_value", values: [literal], path: [key], message: `Invalid input: expected ${JSON.stringify(literal)}` });
  return undefined;
}

/**
 * `z.strictObject`'s check: keys the schema does not know give ONE issue listing them all.
 *
 * @example
 * ```ts
 * declare const issues: ZodIssue[];
 * zStrict({ title: "a", caller: "me" }, ["title", "romes", "rncps"], issues); // 'Unrecognized key: "caller"'
 * ```
 */
export function zStrict(q: Record<string, unknown>, known: readonly string[], issues: ZodIssue[]): void {
  const unknown = Object.keys(q).filter((key) => !known.includes(key));
  if (unknown.length === 0) return;
  const listed = unknown.map((key) => JSON.stringify(key)).join(", ");
  issues.push({ code: "unrecognized_keys", keys: unknown, path: [], message: `Unrecognized key${unknown.length > 1 ? "s" : ""}: ${listed}` });
}

/**
 * Whether zod would still run an object's `.superRefine()`: not after a type, enum or union
 * failure (those abort), yes after format, size or custom failures.
 *
 * @example
 * ```ts
 * refinable([{ code: "too_big", path: ["latitude"], message: "..." }]); // true
 * ```
 */
export function refinable(issues: readonly ZodIssue[]): boolean {
  return !issues.some((issue) => issue.code === "invalid_type" || issue.code === "invalid_value" || issue.code === "invalid_union");
}

/**
 * A small OpenAPI 3.0 schema checker for tests: enough of the keywords the generated spec uses
 * (type, nullable, enum, properties, required, additionalProperties, items, allOf/oneOf, $ref) to
 * prove real responses fit the corrected schemas. Objects are closed unless additionalProperties says
 * otherwise, like the generated TypeScript types.
 */
type Schema = Record<string, any>;

export function conformanceIssues(doc: Record<string, any>, schema: Schema, value: unknown, path = "$"): string[] {
  if (typeof schema.$ref === "string") {
    const target = schema.$ref.slice(2).split("/").reduce((node: any, key: string) => node?.[key], doc);
    return conformanceIssues(doc, target, value, path);
  }
  if (value === null) return schema.nullable === true || Object.keys(schema).length === 0 ? [] : [`${path}: null but not nullable`];
  const issues: string[] = [];
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) issues.push(...conformanceIssues(doc, part, value, path));
  if (Array.isArray(schema.oneOf)) {
    const matching = schema.oneOf.filter((part: Schema) => conformanceIssues(doc, part, value, path).length === 0);
    if (matching.length !== 1) issues.push(`${path}: matches ${matching.length} of the oneOf alternatives`);
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) issues.push(`${path}: ${JSON.stringify(value)} not in enum`);
  switch (schema.type) {
    case "string":
    case "boolean":
      if (typeof value !== schema.type) issues.push(`${path}: expected ${schema.type}, got ${typeof value}`);
      break;
    case "number":
    case "integer":
      if (typeof value !== "number" || (schema.type === "integer" && !Number.isInteger(value))) issues.push(`${path}: expected ${schema.type}`);
      break;
    case "array":
      if (!Array.isArray(value)) issues.push(`${path}: expected array`);
      else if (schema.items) value.forEach((item, i) => issues.push(...conformanceIssues(doc, schema.items, item, `${path}[${i}]`)));
      break;
  }
  if (schema.type === "object" || schema.properties) {
    if (typeof value !== "object" || Array.isArray(value)) return [...issues, `${path}: expected object`];
    const properties: Schema = schema.properties ?? {};
    for (const name of schema.required ?? []) if (!(name in (value as object))) issues.push(`${path}.${name}: required but absent`);
    for (const [key, child] of Object.entries(value as object)) {
      if (key in properties) issues.push(...conformanceIssues(doc, properties[key], child, `${path}.${key}`));
      else if (schema.additionalProperties === undefined || schema.additionalProperties === false) issues.push(`${path}.${key}: not declared`);
    }
  }
  return issues;
}

/**
 * A small JSON Schema 2020-12 checker for the OpenAPI 3.1 contracts, for tests: the keywords those
 * documents use (type lists with "null", enum, const, properties, required, additionalProperties,
 * items, prefixItems, allOf/anyOf/oneOf, $ref, pattern, min/max lengths and values). It follows the
 * document literally, like a validator would: that is how defect 5 (an enum without null under a
 * nullable type) shows.
 */
type Schema = Record<string, any>;

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

function typeMatches(type: string, value: unknown): boolean {
  if (type === "integer") return typeof value === "number" && Number.isInteger(value);
  return jsonType(value) === type;
}

export function conformanceIssues31(doc: Record<string, any>, schema: Schema | undefined, value: unknown, path = "$"): string[] {
  if (!schema || typeof schema !== "object") return [];
  if (typeof schema.$ref === "string") {
    const target = schema.$ref.slice(2).split("/").reduce((node: any, key: string) => node?.[key], doc);
    if (!target) return [`${path}: unresolved ${schema.$ref}`];
    return conformanceIssues31(doc, target, value, path);
  }
  const issues: string[] = [];
  const passes = (part: Schema) => conformanceIssues31(doc, part, value, path).length === 0;
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf) issues.push(...conformanceIssues31(doc, part, value, path));
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some(passes)) issues.push(`${path}: matches none of the anyOf alternatives`);
  if (Array.isArray(schema.oneOf)) {
    const matching = schema.oneOf.filter(passes).length;
    if (matching !== 1) issues.push(`${path}: matches ${matching} of the oneOf alternatives`);
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) issues.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if ("const" in schema && schema.const !== value) issues.push(`${path}: ${JSON.stringify(value)} is not ${JSON.stringify(schema.const)}`);
  const types: string[] | undefined = Array.isArray(schema.type) ? schema.type : typeof schema.type === "string" ? [schema.type] : undefined;
  if (types && !types.some((type) => typeMatches(type, value))) return [...issues, `${path}: expected ${types.join(" or ")}, got ${jsonType(value)}`];
  if (typeof value === "string") {
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value)) issues.push(`${path}: does not match ${schema.pattern}`);
    if (typeof schema.minLength === "number" && value.length < schema.minLength) issues.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === "number" && value.length > schema.maxLength) issues.push(`${path}: longer than ${schema.maxLength}`);
  }
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum) issues.push(`${path}: below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum) issues.push(`${path}: above ${schema.maximum}`);
  }
  if (Array.isArray(value)) {
    const prefix: Schema[] = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
    value.forEach((item, i) => {
      const itemSchema = i < prefix.length ? prefix[i] : schema.items;
      issues.push(...conformanceIssues31(doc, itemSchema, item, `${path}[${i}]`));
    });
  }
  if (jsonType(value) === "object" && (schema.properties || schema.required || schema.additionalProperties !== undefined)) {
    const object = value as Record<string, unknown>;
    const properties: Schema = schema.properties ?? {};
    for (const name of schema.required ?? []) if (!(name in object)) issues.push(`${path}.${name}: required but absent`);
    for (const [key, child] of Object.entries(object)) {
      if (key in properties) issues.push(...conformanceIssues31(doc, properties[key], child, `${path}.${key}`));
      else if (schema.additionalProperties === false) issues.push(`${path}.${key}: not declared`);
      else if (typeof schema.additionalProperties === "object") issues.push(...conformanceIssues31(doc, schema.additionalProperties, child, `${path}.${key}`));
    }
  }
  return issues;
}

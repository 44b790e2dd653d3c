/**
 * Component names must match `^[a-zA-Z0-9._-]+$` (OpenAPI 3.1, "Components Object"); the La Bonne
 * Alternance server names some schemas after their French description ("Session de formation",
 * "Durée de session en jours"). Validators reject those documents, and the generated type would be
 * `components["schemas"]["Durée de session en jours"]`.
 */
import { isObject, type JsonObject } from "./walk.js";

const VALID_NAME = /^[a-zA-Z0-9._-]+$/;
const COMPONENT_SECTIONS = ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems"];

/**
 * `"Durée de session en jours"` → `"DureeDeSessionEnJours"`: accents dropped, words in PascalCase.
 *
 * @example
 * ```ts
 * componentNameFor("Session de formation"); // "SessionDeFormation"
 * ```
 */
export function componentNameFor(name: string): string {
  if (VALID_NAME.test(name)) return name;
  const words = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const joined = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
  return joined === "" ? "Component" : joined;
}

/**
 * Renames every component whose name is not valid, in every section, and rewrites the `$ref`s to it
 * (raw or percent-encoded). Changes `doc` in place; returns the renames made.
 *
 * @example
 * ```ts
 * renameInvalidComponents(doc); // { "#/components/schemas/Session de formation": "#/components/schemas/SessionDeFormation" }
 * ```
 */
export function renameInvalidComponents(doc: JsonObject): Record<string, string> {
  const renames: Record<string, string> = {};
  const components = doc.components;
  if (!isObject(components)) return renames;
  for (const section of COMPONENT_SECTIONS) {
    const entries = components[section];
    if (!isObject(entries) || Object.keys(entries).every((name) => VALID_NAME.test(name))) continue;
    const renamed: JsonObject = {};
    for (const [name, value] of Object.entries(entries)) {
      let target = componentNameFor(name);
      for (let n = 2; target !== name && (target in renamed || target in entries); n++) target = `${componentNameFor(name)}${n}`;
      renamed[target] = value;
      if (target !== name) renames[`#/components/${section}/${name}`] = `#/components/${section}/${target}`;
    }
    components[section] = renamed;
  }
  if (Object.keys(renames).length > 0) rewriteRefs(doc, renames);
  return renames;
}

function rewriteRefs(node: unknown, renames: Record<string, string>): void {
  if (Array.isArray(node)) return node.forEach((child) => rewriteRefs(child, renames));
  if (!isObject(node)) return;
  if (typeof node.$ref === "string") {
    const ref = safeDecode(node.$ref);
    if (renames[ref]) node.$ref = renames[ref];
  }
  for (const value of Object.values(node)) rewriteRefs(value, renames);
}

function safeDecode(ref: string): string {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}

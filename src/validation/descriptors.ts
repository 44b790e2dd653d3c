import type * as z from "zod/mini";
import { responseSchemas, type ResponseSchemaKey } from "../schemas/registry.js";
import { describeSchema } from "./codegen/from-zod.js";
import type { SchemaNode } from "./descriptor.js";

const memo = new Map<z.core.$ZodType, SchemaNode>();

/**
 * The descriptor of an operation's answer.
 *
 * @example
 * ```ts
 * descriptorOf("formations").t; // "object"
 * ```
 */
export function descriptorOf(key: ResponseSchemaKey): SchemaNode {
  return describeSchema(responseSchemas[key] as unknown as z.core.$ZodType, memo);
}

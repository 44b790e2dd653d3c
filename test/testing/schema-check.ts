import * as z from "zod/mini";

/**
 * The error of validating `value` with one of the SDK's schemas (`undefined` when it passes).
 * Works for zod and zod/mini schemas alike (the SDK's schemas are moving to zod/mini).
 */
export function schemaError(schema: unknown, value: unknown): unknown {
  return z.safeParse(schema as z.ZodMiniType, value).error;
}

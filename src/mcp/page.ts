import * as z from "zod";

/** Most items one tool answer returns: a page must fit an assistant's context. */
export const MAX_PAGE = 50;
const DEFAULT_PAGE = 10;

/** The paging arguments of the search tools: results are bounded, and `offset` asks for more. */
export const pageShape = {
  limit: z.number().int().min(1).max(MAX_PAGE).optional().describe(`Most results returned (1 to ${MAX_PAGE}). Default ${DEFAULT_PAGE}.`),
  offset: z.number().int().min(0).max(100_000).optional().describe("Skip this many results (from next_offset of the previous answer). Default 0."),
};

export interface PageArgs {
  limit?: number | undefined;
  offset?: number | undefined;
}

export interface Page<T> {
  total: number;
  offset: number;
  returned: number;
  /** The offset of the next page, or null on the last one. */
  next_offset: number | null;
  items: T[];
}

/**
 * The output schema of a paged tool, around its item schema.
 *
 * @example
 * ```ts
 * const output = pageOutput(z.object({ id: z.string() }));
 * ```
 */
export function pageOutput<T extends z.ZodType>(item: T) {
  return {
    total: z.number().int().describe("Results found in all."),
    offset: z.number().int(),
    returned: z.number().int(),
    next_offset: z.number().int().nullable().describe("Pass it as offset to get the next page; null on the last page."),
    where: z.string().describe("Where the search ran, in words."),
    items: z.array(item),
  };
}

/**
 * One page of a list.
 *
 * @example
 * ```ts
 * pageOf([1, 2, 3], { limit: 2 }); // { total: 3, offset: 0, returned: 2, next_offset: 2, items: [1, 2] }
 * ```
 */
export function pageOf<T>(all: readonly T[], args: PageArgs): Page<T> {
  const offset = args.offset ?? 0;
  const items = all.slice(offset, offset + (args.limit ?? DEFAULT_PAGE));
  const end = offset + items.length;
  return { total: all.length, offset, returned: items.length, next_offset: end < all.length ? end : null, items };
}

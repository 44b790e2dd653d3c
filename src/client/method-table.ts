/*
 * One table of methods per API generation (client/live-methods.ts, legacy/legacy-methods.ts): each
 * entry is a method's name, its TSDoc, and the import of its operation's file, which exports a
 * factory of that same name (`(ctx) => method`). From the table follow the client's interface
 * (`TableMethods`), its stubs and their binding to the context (`lazyMethods`): adding a method is
 * one entry plus its operation file. Each import is lazy, so the first load carries the table only.
 */
import type { LbaPromise } from "../core/lba-promise.js";
import { deferred, once } from "./lazy.js";

/** What an operation's file exports under the method's name: given the client's context, the method. */
// `any[]`: a method's own parameter types are read back from the entry by TableMethods.
type Operation<Ctx> = (ctx: Ctx) => (...args: any[]) => LbaPromise<unknown>;

/** A table: method name -> import of the file exporting its operation. */
type Table = Record<string, () => Promise<object>>;

/**
 * The methods a table gives: for each entry, what its file's factory of that name returns. Mapped
 * over the table's own keys, so each method keeps the TSDoc written on its entry.
 *
 * @example
 * ```ts
 * type Methods = TableMethods<{ listNames: () => Promise<{ listNames: (ctx: unknown) => () => LbaPromise<string[]> }> }>;
 * // { listNames: () => LbaPromise<string[]> }
 * ```
 */
export type TableMethods<T> = {
  [K in keyof T]: T[K] extends () => Promise<infer M> ? (K extends keyof M ? (M[K] extends (ctx: never) => infer F ? F : never) : never) : never;
};

/**
 * Declares the table of one generation, checked: each entry's file must export a factory of the
 * entry's name taking that generation's context (`Ctx`).
 *
 * @example
 * ```ts
 * const table = methodTable<{ baseUrl: string }>()({
 *   // The TSDoc written here is the method's.
 *   listNames: async () => ({ listNames: (ctx: { baseUrl: string }) => () => Promise.resolve([ctx.baseUrl]) as LbaPromise<string[]> }),
 * });
 * ```
 */
export function methodTable<Ctx>() {
  return <T extends { [K in keyof T]: () => Promise<{ [P in K & string]: Operation<Ctx> }> }>(table: T): T => table;
}

/**
 * The stubs of a table's methods. A stub's first call loads the client's run time (`runtime`, the
 * HTTP stack and context, shared by all methods) and its operation's file together, then binds the
 * operation to the context once; later calls go straight through. Until then it returns a
 * {@link deferred} LbaPromise, so `.withResponse()` works from the first call.
 *
 * @example
 * ```ts
 * declare const runtime: () => Promise<{ ctx: { baseUrl: string } }>;
 * declare const table: { listNames: () => Promise<{ listNames: (ctx: { baseUrl: string }) => () => LbaPromise<string[]> }> };
 * const { listNames } = lazyMethods(table, runtime);
 * ```
 */
export function lazyMethods<T extends Table, Ctx>(table: T, runtime: () => Promise<{ ctx: Ctx }>): TableMethods<T> {
  const methods: Record<string, (...args: unknown[]) => LbaPromise<unknown>> = {};
  for (const [name, load] of Object.entries(table)) {
    const bound = once(async () => {
      const [{ ctx }, module] = await Promise.all([runtime(), load()]);
      return (module as Record<string, Operation<Ctx>>)[name]!(ctx);
    });
    methods[name] = (...args) => (bound.value ? bound.value(...args) : deferred(() => bound().then((method) => ({ call: method(...args) }))));
  }
  return methods as TableMethods<T>;
}

/*
 * One table of methods per API generation (client/live-methods.ts, legacy/legacy-methods.ts): each
 * entry is a method's name and its TSDoc; the generation's operations module (e.g.
 * operations/live/methods.ts) exports, under the same name, the factory that builds the method from
 * the client's context (`(ctx) => method`). From the table follow the client's interface
 * (`TableMethods`), its stubs and their binding to the context (`lazyMethods`). The operations
 * module is part of the lazily loaded run time, so the first load carries the table only.
 */
import { lbaPromiseOnceStarted } from "../core/call-promise.js";
import type { LbaPromise } from "../core/lba-promise.js";
import { once } from "./lazy.js";

/** What an operations module exports under a method's name: given the client's context, the method. */
// `any[]`: each method's own parameter types are read back from its factory by TableMethods.
type Operation<Ctx> = (ctx: Ctx) => (...args: any[]) => LbaPromise<unknown>;

/**
 * The methods a table gives: for each entry, what the factory of that name in `Ops` returns. Mapped
 * over the table's own keys, so each method keeps the TSDoc written on its entry.
 *
 * @example
 * ```ts
 * type Ops = { listNames: (ctx: unknown) => () => LbaPromise<string[]> };
 * type Methods = TableMethods<{ listNames: true }, Ops>; // { listNames: () => LbaPromise<string[]> }
 * ```
 */
export type TableMethods<T, Ops> = {
  [K in keyof T]: K extends keyof Ops ? (Ops[K] extends (ctx: never) => infer F ? F : never) : never;
};

/**
 * Declares the table of one generation, checked both ways against its operations module (`Ops`,
 * `typeof import(...)`): every entry has a factory of its name taking that generation's context
 * (`Ctx`), and every factory has an entry.
 *
 * @example
 * ```ts
 * type Ops = { listNames: (ctx: { baseUrl: string }) => () => LbaPromise<string[]> };
 * const table = methodTable<Ops, { baseUrl: string }>()({
 *   // The TSDoc written here is the method's.
 *   listNames: true,
 * });
 * ```
 */
export function methodTable<Ops extends { [K in keyof Ops]: Operation<Ctx> }, Ctx>() {
  return <T extends { readonly [K in keyof Ops]: true } & { readonly [K in Exclude<keyof T, keyof Ops>]: never }>(table: T): T => table;
}

/**
 * The stubs of a table's methods. A stub's first call loads the client's run time (`runtime`: the
 * HTTP stack, the context and the operations module, shared by all methods), binds its operation to
 * the context once and calls it; later calls go straight through. Until then it returns a
 * {@link lbaPromiseOnceStarted} LbaPromise, so `.withResponse()` works from the first call.
 *
 * @example
 * ```ts
 * type Ops = { listNames: (ctx: { baseUrl: string }) => () => LbaPromise<string[]> };
 * declare const runtime: () => Promise<{ ctx: { baseUrl: string }; methods: Ops }>;
 * const { listNames } = lazyMethods<{ listNames: true }, Ops, { baseUrl: string }>({ listNames: true }, runtime);
 * ```
 */
export function lazyMethods<T extends object, Ops, Ctx>(table: T, runtime: () => Promise<{ ctx: Ctx; methods: Ops }>): TableMethods<T, Ops> {
  const stubs: Record<string, (...args: unknown[]) => LbaPromise<unknown>> = {};
  for (const name of Object.keys(table)) {
    const bound = once(() => runtime().then(({ ctx, methods }) => (methods as Record<string, Operation<Ctx>>)[name]!(ctx)));
    stubs[name] = (...args) => (bound.value ? bound.value(...args) : lbaPromiseOnceStarted(() => bound().then((method) => ({ call: method(...args) }))));
  }
  return stubs as TableMethods<T, Ops>;
}

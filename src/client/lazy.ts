/*
 * What keeps the first load small: a client is a set of thin stubs; the code that sends requests
 * (the HTTP stack, openapi-fetch, the operations, the fan-out engine) is one lazily imported module
 * per API generation, loaded on the first call. These helpers make a stub look exactly like the
 * method it stands for: same LbaPromise, same Paginator, same raw client.
 */
import type { Paginator } from "../search/paginate.js";
import type { ClientSettings } from "./settings.js";

/**
 * Runs `load` once, on first use, and keeps its promise (a failed load is tried again next time).
 *
 * @example
 * ```ts
 * const runtime = once(() => import("./live-runtime.js"));
 * ```
 */
export function once<T>(load: () => Promise<T>): (() => Promise<T>) & { readonly value: T | undefined } {
  let pending: Promise<T> | undefined;
  let value: T | undefined;
  const get = () => {
    pending ??= load().then(
      (loaded) => (value = loaded),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  // Once loaded, `value` lets a stub call straight through, without a promise hop per call.
  return Object.defineProperty(get, "value", { get: () => value }) as (() => Promise<T>) & { readonly value: T | undefined };
}

/**
 * The request code of one client (its HTTP stack, context, paginators and raw clients), loaded once
 * on first use. `load` names its module itself (`import("./live-runtime.js")`) so bundlers see each
 * generation's chunk. The methods of a generation's table get their stubs from `lazyMethods`
 * (method-table.ts), which loads this beside the method's own file.
 *
 * @example
 * ```ts
 * declare const settings: ClientSettings;
 * const runtime = lazyRuntime(settings, () => import("./live-runtime.js").then((m) => m.liveRuntime(settings, m)));
 * ```
 */
export function lazyRuntime<R>(settings: ClientSettings, load: () => Promise<R>): (() => Promise<R>) & { readonly value: R | undefined } {
  return once(() => {
    // The validation engine is another lazy chunk: load it beside the request code, not after it.
    // (Importing it warms the module map; the request path's own import of it then resolves at once.)
    if (settings.opts.validation !== "off") void import("../validation/engine.js").catch(() => undefined);
    return load();
  });
}

/**
 * A Paginator whose pages come from a paginator built once its code is loaded. The query was
 * checked before (synchronously, when the stub was called), as a paginator's query always is.
 *
 * @example
 * ```ts
 * declare const build: () => Promise<Paginator<string>>;
 * const pages = lazyPaginator(build);
 * ```
 */
export function lazyPaginator<T>(build: () => Promise<Paginator<T>>): Paginator<T> {
  let built: Paginator<T> | undefined;
  const get = async (): Promise<Paginator<T>> => (built ??= await build());
  return {
    async *[Symbol.asyncIterator]() {
      yield* await get();
    },
    async *items() {
      yield* (await get()).items();
    },
    async toArray(options) {
      return (await get()).toArray(options);
    },
    get failures() {
      return built?.failures ?? [];
    },
  };
}

/** The methods of an openapi-fetch client: each returns a promise, except `use` and `eject`. */
const CALLS = ["request", "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * An openapi-fetch client whose real client is built on first call: every request method waits for
 * it; middleware registered before it exists is applied when it does.
 *
 * @example
 * ```ts
 * declare const build: () => Promise<{ GET(path: string): Promise<unknown>; use(): void; eject(): void }>;
 * const raw = lazyRawClient(build);
 * ```
 */
export function lazyRawClient<C extends { use(...middleware: never[]): void; eject(...middleware: never[]): void }>(build: () => Promise<C>): C {
  let client: C | undefined;
  const pending: [("use" | "eject"), unknown[]][] = [];
  const ready = once(async () => {
    const real = await build();
    for (const [method, middleware] of pending.splice(0)) invoke(real, method, middleware);
    client = real;
    return real;
  });
  const stub: Record<string, unknown> = {};
  for (const name of CALLS) stub[name] = (...args: unknown[]) => ready().then((real) => invoke(real, name, args));
  for (const name of ["use", "eject"] as const) {
    stub[name] = (...middleware: unknown[]) => {
      if (client) invoke(client, name, middleware);
      else pending.push([name, middleware]);
    };
  }
  // A typed stand-in: it has every method of C, each forwarding to the real client.
  return stub as C;
}

/** Calls `target[name](...args)` with `target` as `this`. */
function invoke(target: object, name: string, args: unknown[]): unknown {
  return Reflect.apply(Reflect.get(target, name) as (...a: unknown[]) => unknown, target, args);
}

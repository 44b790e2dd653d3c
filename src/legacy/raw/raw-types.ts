/**
 * Types of the raw client: the generated `paths`, except that `caller` is optional because the
 * client adds it to every request itself.
 */
import type { Client } from "openapi-fetch";
import type { paths } from "../../../generated/openapi.js";

/** HTTP methods of an OpenAPI path item (its other keys, such as `parameters`, are left alone). */
type HttpMethodKey = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** Flattens an intersection so editors show one object type. */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Keys of `T` that are not optional. */
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

/** A query type with `caller` optional. */
type QueryWithOptionalCaller<Q> = Simplify<Omit<Q, "caller"> & (Q extends { caller: infer C } ? { caller?: C } : {})>;

/**
 * `parameters` with `caller` optional in `query`; `query` itself becomes optional when `caller` was
 * its only required key, so `raw.GET("/api/V1/formations")` type-checks like the request it sends.
 */
type ParametersWithOptionalCaller<P> = P extends { query: infer Q }
  ? Q extends { caller: unknown }
    ? Simplify<
        Omit<P, "query"> &
          ([RequiredKeys<Omit<Q, "caller">>] extends [never] ? { query?: QueryWithOptionalCaller<Q> } : { query: QueryWithOptionalCaller<Q> })
      >
    : P
  : P;

/** One operation with `caller` optional. */
type OperationWithOptionalCaller<O> = O extends { parameters: infer P } ? Simplify<Omit<O, "parameters"> & { parameters: ParametersWithOptionalCaller<P> }> : O;

/**
 * `Paths` (openapi-typescript output) with `caller` optional in every operation's query; everything
 * else is kept exactly.
 *
 * @example
 * ```ts
 * import type { LbaPaths, WithOptionalCaller } from "labonnealternance/legacy";
 *
 * type Query = NonNullable<WithOptionalCaller<LbaPaths>["/api/V1/formations"]["get"]["parameters"]["query"]>;
 * const query: Query = { romes: "M1805" }; // no caller needed
 * ```
 */
export type WithOptionalCaller<Paths> = {
  [Path in keyof Paths]: {
    [Key in keyof Paths[Path]]: Key extends HttpMethodKey ? OperationWithOptionalCaller<Paths[Path][Key]> : Paths[Path][Key];
  };
};

/**
 * The routes of the La Bonne Alternance API as the raw client sees them (`caller` optional).
 *
 * @example
 * ```ts
 * type FormationsQuery = LbaRawPaths["/api/V1/formations"]["get"]["parameters"]["query"];
 * ```
 */
export type LbaRawPaths = WithOptionalCaller<paths>;

/**
 * The typed raw client: an openapi-fetch client over {@link LbaRawPaths}.
 *
 * @example
 * ```ts
 * import type { LbaRawClient } from "labonnealternance/legacy";
 *
 * declare const raw: LbaRawClient; // e.g. createLegacyRawClient({ caller: "contact@example.org mon-service" })
 * const { data, error } = await raw.GET("/api/V1/formations", { params: { query: { romes: "M1805" } } });
 * ```
 */
export type LbaRawClient = Client<LbaRawPaths, "application/json">;

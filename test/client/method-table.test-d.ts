import { describe, expectTypeOf, it } from "vitest";
import type { LbaPromise } from "../../src/core/lba-promise.js";
import { methodTable, type TableMethods } from "../../src/client/method-table.js";
import type { LbaClient } from "../../src/index.js";
import type { LegacyLbaClient } from "../../src/legacy/index.js";

type Ctx = { baseUrl: string };
type Ops = {
  listNames: (ctx: Ctx) => () => LbaPromise<string[]>;
  findName: (ctx: Ctx) => (id: string) => LbaPromise<string | null>;
};

describe("one table of methods per generation", () => {
  it("is checked both ways against its operations module", () => {
    const table = methodTable<Ops, Ctx>();
    table({ listNames: true, findName: true });
    // @ts-expect-error an operation without its entry (findName)
    table({ listNames: true });
    // @ts-expect-error an entry without its operation
    table({ listNames: true, findName: true, other: true });
  });

  it("gives each method the signature of its operation", () => {
    expectTypeOf<TableMethods<{ listNames: true; findName: true }, Ops>>().toEqualTypeOf<{ listNames: () => LbaPromise<string[]>; findName: (id: string) => LbaPromise<string | null> }>();
    expectTypeOf<LbaClient["getJob"]>().parameter(0).toEqualTypeOf<string>();
    expectTypeOf<LegacyLbaClient["metiersForEtablissement"]>().returns.toEqualTypeOf<LbaPromise<string[] | null>>();
    // Each generation has its own methods, and only its own.
    expectTypeOf<LbaClient>().not.toHaveProperty("metiersForEtablissement");
    expectTypeOf<LegacyLbaClient>().not.toHaveProperty("getJob");
  });
});

// Both builds of the installed package in ONE process, as happens when an app `import`s the SDK
// while one of its dependencies `require`s it: two copies of every class. An error made by one copy
// must be recognized by the other copy's classes (`instanceof` and `.is`), subclass relations
// included, and nothing else may be. Copied into the scratch project by run-smoke.mjs and run there
// by every runtime of the matrix.
import http from "node:http";
import { createRequire } from "node:module";
import * as Esm from "labonnealternance";

const Cjs = createRequire(import.meta.url)("labonnealternance");
const failures = [];
const expect = (name, ok) => {
  if (!ok) failures.push(name);
};
const raised = async (fn) => {
  try {
    await fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error, none was thrown");
};

// Without two distinct copies this check would prove nothing.
if (Esm.LbaError === Cjs.LbaError || Esm.LbaApiError === Cjs.LbaApiError) throw new Error("import and require gave the same copy of the package");

// A local server answering every request with 429 (and Retry-After) or 500, as `status` says.
let status = 429;
const server = http.createServer((req, res) => {
  const limited = status === 429;
  res.writeHead(status, { "content-type": "application/json", ...(limited ? { "retry-after": "7" } : {}) });
  res.end(JSON.stringify({ error: limited ? "Too Many Requests" : "Internal Server Error", message: "synthetic" }));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const baseUrl = `http://127.0.0.1:${server.address().port}`;
try {
  const search = (lib) => {
    const client = lib.createLbaClient({ caller: "smoke-test", baseUrl, retry: false });
    return client.searchFormations({ romes: ["M1805"], where: lib.near(48.1, -1.6, { radius: 10 }) });
  };

  // 1. Bad input in the CJS copy, seen by the ESM classes.
  const input = await raised(() => Cjs.near(999, 0));
  expect("CJS input error instanceof ESM LbaInputError", input instanceof Esm.LbaInputError);
  expect("CJS input error instanceof ESM LbaError", input instanceof Esm.LbaError);
  expect("ESM LbaInputError.is(CJS input error)", Esm.LbaInputError.is(input));
  expect("CJS input error NOT instanceof ESM LbaApiError", !(input instanceof Esm.LbaApiError));
  expect("ESM LbaApiError.is(CJS input error) is false", !Esm.LbaApiError.is(input));
  expect("CJS input error instanceof its own LbaInputError", input instanceof Cjs.LbaInputError);

  // 2. A rate-limit answer through the CJS client: a LbaRateLimitError, so an LbaApiError, of the ESM copy.
  status = 429;
  const cjsErrors = [await raised(() => search(Cjs)), new Cjs.LbaRateLimitError({ status: 429, method: "GET", url: "/api/v1/formations", retryAfter: 7 })];
  for (const [i, limited] of cjsErrors.entries()) {
    const what = i === 0 ? "CJS 429 from a call" : "CJS new LbaRateLimitError";
    expect(`${what} has status 429 (got ${limited?.status} ${limited?.name})`, limited?.status === 429);
    expect(`${what} instanceof ESM LbaRateLimitError`, limited instanceof Esm.LbaRateLimitError);
    expect(`${what} instanceof ESM LbaApiError (subclass)`, limited instanceof Esm.LbaApiError);
    expect(`${what} instanceof ESM LbaError`, limited instanceof Esm.LbaError);
    expect(`ESM LbaApiError.is(${what})`, Esm.LbaApiError.is(limited));
    expect(`${what} NOT instanceof ESM LbaInputError`, !(limited instanceof Esm.LbaInputError));
  }

  // 3. The other way: a 500 through the ESM client, seen by the CJS classes.
  status = 500;
  const api = await raised(() => search(Esm));
  expect(`ESM 500 is an ESM LbaApiError (got ${api?.name})`, api instanceof Esm.LbaApiError && api.status === 500);
  expect("ESM 500 instanceof CJS LbaApiError", api instanceof Cjs.LbaApiError);
  expect("CJS LbaError.is(ESM 500)", Cjs.LbaError.is(api));
  expect("ESM 500 NOT instanceof CJS LbaRateLimitError (a parent is not its subclass)", !(api instanceof Cjs.LbaRateLimitError));
  expect("CJS LbaRateLimitError.is(ESM 500) is false", !Cjs.LbaRateLimitError.is(api));
  expect("ESM 500 NOT instanceof CJS LbaInputError", !(api instanceof Cjs.LbaInputError));

  // 4. Nothing else passes: plain errors, look-alikes, primitives.
  for (const [name, value] of [["a plain Error", new Error("x")], ["a look-alike object", { name: "LbaApiError", status: 500, message: "x" }], ["null", null], ["a string", "LbaError"]]) {
    expect(`${name} NOT instanceof CJS LbaError`, !(value instanceof Cjs.LbaError));
    expect(`${name} NOT instanceof ESM LbaApiError`, !(value instanceof Esm.LbaApiError));
    expect(`ESM LbaError.is(${name}) is false`, !Esm.LbaError.is(value));
  }
} finally {
  // Deno's server.close() waits for fetch's kept-alive connections; end them first.
  server.closeAllConnections?.();
  server.close();
}
if (failures.length > 0) {
  console.error(`dual copies: ${failures.length} failed:\n- ${failures.join("\n- ")}`);
  process.exit(1);
}
console.log("ok (ESM and CJS copies recognize each other's errors)");

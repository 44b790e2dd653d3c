// Built-package smoke test: packs the package as npm would publish it, installs the tarball in a
// scratch project, then `require()`s AND `import()`s it BY NAME and makes a real call against a
// node:http server on 127.0.0.1. It catches what publint/attw cannot: a CJS build that breaks at
// runtime on a dependency's default export, a file missing from `files`, a wrong `exports` map.
//
// checks/dual-copies.mjs loads both builds in one process and checks that each copy's error
// classes recognize the other copy's errors.
//
// Runs on the current Node, or on the runtimes that `SMOKE_RUNTIMES` lists (see run-matrix.mjs).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, writeFileSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const scratch = mkdtempSync(join(tmpdir(), "lba-smoke-"));
/** @type {{ name: string, argv: string[] }[]} each runs a check as `[...argv, file]` */
const runtimes = process.env.SMOKE_RUNTIMES ? JSON.parse(process.env.SMOKE_RUNTIMES) : [{ name: "node", argv: [process.execPath] }];
const here = dirname(fileURLToPath(import.meta.url));

try {
  execFileSync("npm", ["pack", "--pack-destination", scratch, "--silent"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  const tarball = readdirSync(scratch).find((f) => f.endsWith(".tgz"));
  if (!tarball) throw new Error("npm pack produced no tarball");
  writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "smoke", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--silent", join(scratch, tarball)], {
    cwd: scratch,
    stdio: ["ignore", "ignore", "inherit"],
  });
  writeFileSync(join(scratch, "check.cjs"), CHECK_CJS());
  writeFileSync(join(scratch, "check.mjs"), CHECK_MJS());
  copyFileSync(join(here, "checks", "dual-copies.mjs"), join(scratch, "dual-copies.mjs"));
  const files = ["check.cjs", "check.mjs", "dual-copies.mjs"];
  let failures = 0;
  for (const { name, argv } of runtimes) {
    const [bin, ...args] = argv;
    const version = execFileSync(bin, ["--version"], { encoding: "utf8" }).trim().split("\n")[0];
    const label = version.startsWith(name) ? version.split(" ").slice(0, 2).join(" ") : `${name} ${version}`;
    for (const file of files) {
      try {
        const out = execFileSync(bin, [...args, file], { cwd: scratch, encoding: "utf8", timeout: 30_000, stdio: ["ignore", "pipe", "pipe"] });
        process.stdout.write(`ok   ${label} ${file}: ${out.trim()}\n`);
      } catch (error) {
        failures++;
        process.stdout.write(`FAIL ${label} ${file}\n${error.stdout ?? ""}${error.stderr ?? ""}\n`);
      }
    }
  }
  // The CLI from the installed tarball: its `bin` link works and it finds the package's own
  // `./index.js` and `./testing.js` beside it (it does not bundle copies of them).
  const cli = join(scratch, "node_modules", ".bin", "labonnealternance");
  try {
    const out = execFileSync(cli, ["formations", "--mock", "--romes", "M1805", "--near", "48.1,-1.6", "--json"], { cwd: scratch, encoding: "utf8", timeout: 30_000, stdio: ["ignore", "pipe", "pipe"] });
    const json = JSON.parse(out);
    const items = Array.isArray(json) ? json : Object.values(json).find(Array.isArray);
    if (!items || items.length === 0) throw new Error(`no items: ${out.slice(0, 200)}`);
    process.stdout.write(`ok   cli (installed bin) formations --mock --json: ${items.length} item(s)\n`);
  } catch (error) {
    failures++;
    process.stdout.write(`FAIL cli (installed bin)\n${error.stdout ?? ""}${error.stderr ?? error.message}\n`);
  }
  const total = runtimes.length * files.length + 1;
  console.log(`smoke: ${total - failures} passed, ${failures} failed`);
  process.exitCode = failures === 0 ? 0 : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// The same scenario in both module systems: a local server answers like the API; the check asserts
// the request the SDK sent (path, caller, comma-joined arrays) and the data it returned.
function scenario() {
  return `
const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://x");
  const body = JSON.stringify({ path: url.pathname, caller: url.searchParams.get("caller"), romes: url.searchParams.get("romes"),
    results: [{ ideaType: "formation", title: "BTS SIO", id: "f1", place: { latitude: "48.1", longitude: "-1.6", distance: 1 } }] });
  res.writeHead(200, { "content-type": "application/json" });
  res.end(body);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const baseUrl = "http://127.0.0.1:" + server.address().port;
try {
  if (typeof lba.createRawClient !== "function") throw new Error("createRawClient is not exported");
  const raw = lba.createRawClient({ caller: "smoke-test", baseUrl });
  const { data, error } = await raw.GET("/api/V1/formations", { params: { query: { romes: "M1805,M1802", latitude: 48.1, longitude: -1.6, radius: 30 } } });
  if (error) throw new Error("raw call failed: " + JSON.stringify(error));
  if (data.path !== "/api/V1/formations" || data.caller !== "smoke-test" || data.romes !== "M1805,M1802") throw new Error("unexpected request: " + JSON.stringify(data));
  if (typeof lba.createLbaClient === "function") {
    const client = lba.createLbaClient({ caller: "smoke-test", baseUrl, retry: false });
    const result = await client.searchFormations({ romes: ["M1805"], where: lba.near(48.1, -1.6, { radius: 10 }) });
    const first = result.formations ? result.formations[0] : result[0];
    if (!first || first.place.latitude !== 48.1) throw new Error("facade did not normalize coordinates: " + JSON.stringify(result));
  }
  // labonnealternance/legacy: the 2022 API's own entry, its requests, and its errors recognized by
  // the main entry's classes (in CJS, dist/legacy.cjs carries its own copy of them).
  const legacyClient = legacy.createLegacyLbaClient({ caller: "smoke-test", baseUrl, retry: false });
  const old = await legacyClient.searchFormations({ romes: ["M1805"], where: lba.near(48.1, -1.6, { radius: 10 }) });
  if (!old.formations[0] || old.formations[0].place.latitude !== 48.1) throw new Error("legacy facade: " + JSON.stringify(old));
  const legacyRaw = await legacy.createLegacyRawClient({ caller: "smoke-test", baseUrl }).GET("/api/V1/jobs", { params: { query: { romes: "M1805", sources: ["lba", "matcha"] } } });
  if (legacyRaw.data.path !== "/api/V1/jobs" || legacyRaw.data.caller !== "smoke-test") throw new Error("legacy raw request: " + JSON.stringify(legacyRaw.data));
  let refused;
  try { legacy.createLegacyLbaClient({ caller: "" }); } catch (e) { refused = e; }
  if (!(refused instanceof lba.LbaInputError)) throw new Error("a legacy input error is not an LbaInputError of the main entry");
  try { lba.createLbaClient({ caller: "smoke-test", legacy: true }); throw new Error("legacy: true accepted"); } catch (e) { if (!(e instanceof lba.LbaInputError) || !e.message.includes("labonnealternance/legacy")) throw e; }
  console.log("ok");
} finally {
  // Deno's server.close() waits for fetch's kept-alive connections; end them first.
  server.closeAllConnections?.();
  server.close();
}`;
}
function CHECK_CJS() {
  return `const http = require("node:http");\nconst lba = require("labonnealternance");\nconst legacy = require("labonnealternance/legacy");\n(async () => {${scenario()}\n})().catch((e) => { console.error(e); process.exit(1); });\n`;
}
function CHECK_MJS() {
  return `import http from "node:http";\nconst lba = await import("labonnealternance");\nconst legacy = await import("labonnealternance/legacy");\n${scenario()}\n`;
}

// Real-browser test (part of `npm test`, after the build): Vite bundles a page that imports the
// package by name; a real Chromium (driven by playwright-core, no browser download; which one:
// find-chromium.mjs) loads it from a local static server and runs a search against the mock API on 127.0.0.1 with CORS. Nothing
// leaves the machine: the widget's page is answered by the test itself (a stand-in, so the frame
// really has the widget's origin for the listenToWidget check) and every other request is aborted.
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, rmSync, mkdirSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium, missingLibraries } from "./find-chromium.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
const out = join(here, ".out");
// Stand-in for the widget's page: the real host is unreachable from the test machine.
const WIDGET_STAND_IN = `<!doctype html><meta charset="utf-8"><body style="font:16px sans-serif;background:#e8eefc;margin:1em">
<p><strong>Widget stand-in</strong> served by the browser test at the widget's URL; the real site is never contacted.</p></body>`;
const results = [];
const check = (name, ok, detail = "") => {
  results.push({ name, ok });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
};

let browser, mock, statics, userDir, found;
try {
  mkdirSync(out, { recursive: true });
  const { build } = await import("vite");
  await build({
    root: join(here, "page"),
    logLevel: "warn",
    resolve: { alias: [{ find: /^labonnealternance$/, replacement: join(root, "dist/index.js") }, { find: /^labonnealternance\/legacy$/, replacement: join(root, "dist/legacy.js") }] },
    build: { outDir: join(out, "dist"), emptyOutDir: true, target: "es2022" },
  });
  const { startMockServer } = await import(join(root, "dist/testing.js"));
  mock = await startMockServer();
  statics = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const file = join(out, "dist", path === "/" ? "index.html" : path);
    if (!file.startsWith(join(out, "dist")) || !existsSync(file)) return res.writeHead(404).end();
    const type = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" }[extname(file)] ?? "application/octet-stream";
    res.writeHead(200, { "content-type": type }).end(readFileSync(file));
  });
  await new Promise((r) => statics.listen(0, "127.0.0.1", r));
  const pageUrl = `http://127.0.0.1:${statics.address().port}/?api=${encodeURIComponent(mock.url)}`;

  const { chromium } = await import("playwright-core");
  found = await findChromium();
  console.log(`browser: ${found.label}`);
  userDir = mkdtempSync(join(tmpdir(), "lba-chromium-"));
  browser = await chromium.launchPersistentContext(userDir, {
    executablePath: found.executablePath,
    env: found.env,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const { WIDGET_BASE_URL } = await import(join(root, "dist/index.js"));
  const widgetOrigin = new URL(WIDGET_BASE_URL).origin;
  await browser.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    if (url.origin === widgetOrigin && route.request().resourceType() === "document") {
      return route.fulfill({ contentType: "text/html", body: WIDGET_STAND_IN });
    }
    return route.abort();
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(pageUrl);
  await page.waitForFunction(() => document.body.dataset.done, null, { timeout: 20_000 });
  const count = await page.textContent("#count");
  const titles = await page.$$eval("#titles li", (lis) => lis.map((li) => li.textContent));
  const iframe = await page.$eval("#widget iframe", (f) => ({ src: f.getAttribute("src"), title: f.getAttribute("title") })).catch(() => null);
  const widgetFrame = await (await page.$("#widget iframe"))?.contentFrame();
  await widgetFrame?.waitForLoadState("load");

  // listenToWidget: a "goToPage" from the page itself, from a same-origin frame, or from another
  // frame on the widget's origin (right origin, wrong source) must be ignored; the same message from
  // the widget's own frame must reach the handler.
  await page.evaluate(async (otherUrl) => {
    const local = document.createElement("iframe");
    local.srcdoc = "<p>a local frame</p>";
    const impostor = document.createElement("iframe");
    impostor.src = otherUrl;
    const loaded = [local, impostor].map((f) => new Promise((resolve) => f.addEventListener("load", resolve, { once: true })));
    document.body.append(local, impostor);
    await Promise.all(loaded);
    window.postMessage({ type: "goToPage" }, "*");
    local.contentWindow.eval('parent.postMessage({ type: "goToPage" }, "*")');
  }, `${widgetOrigin}/another-widget-page`);
  const impostorFrame = page.frames().find((f) => f.url().endsWith("/another-widget-page"));
  await impostorFrame?.evaluate(() => parent.postMessage({ type: "goToPage" }, "*"));
  await page.waitForTimeout(200);
  const ignored = !!impostorFrame && (await page.evaluate(() => document.body.dataset.goToPage === undefined));
  await page.evaluate(() => document.querySelectorAll("body > iframe").forEach((f) => f.remove()));
  await widgetFrame?.evaluate(() => parent.postMessage({ type: "goToPage" }, "*"));
  const handled = await page
    .waitForFunction(() => document.body.dataset.goToPage === "1", null, { timeout: 5_000 })
    .then(() => true, () => false);
  await page.screenshot({ path: join(out, "screenshot.png"), fullPage: true });

  check("the search ran in the browser and rendered trainings", Number(count) > 0, `count=${count}`);
  check("titles rendered with numeric coordinates", titles.length > 0 && titles.every((t) => /\(\d+\.\d{3}\)$/.test(t)), titles[0] ?? "");
  check("the widget iframe is inserted with a title", !!iframe && !!iframe.title && iframe.src.startsWith("https://labonnealternance"), JSON.stringify(iframe));
  check("the widget frame loaded the widget URL (stand-in, nothing left the machine)", !!iframe && widgetFrame?.url() === iframe.src, widgetFrame?.url());
  check("listenToWidget ignores goToPage from the page, a local frame and another frame on the widget's origin", ignored);
  check("listenToWidget handles goToPage from the widget's frame", handled);
  check("no page errors", errors.length === 0, errors.join(" | "));
  // Today's API (/api/v1/...) by default; the 2022 one (/api/V1/...) only with `legacy: true`.
  const paths = mock.requests.map((r) => r.path);
  check("the API requests reached the local mock", paths.includes("/api/v1/formations"), paths.join(", "));
} catch (error) {
  const missing = found && !browser ? missingLibraries(found) : [];
  check("browser test ran", false, (error?.stack ?? String(error)) + (missing.length ? `\nmissing shared libraries: ${missing.join(", ")}` : ""));
} finally {
  await browser?.close().catch(() => {});
  await mock?.close().catch(() => {});
  statics?.close();
  if (userDir) rmSync(userDir, { recursive: true, force: true });
}
const failed = results.filter((r) => !r.ok).length;
console.log(`browser: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;

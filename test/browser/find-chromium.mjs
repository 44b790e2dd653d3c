// Which Chromium the real-browser test drives. No browser download is possible on the project's
// machines (only the npm registry and Debian's packages are reachable), and `npm ci && npm test`
// must pass on a fresh machine where nobody ran apt-get. So:
//   1. CHROMIUM_PATH, when set (must exist: a wrong path fails, it never falls through);
//   2. a system Chromium or Chrome found on PATH (Debian's `chromium`, `google-chrome`, ...);
//   3. the Chromium that ships INSIDE the npm package @sparticuz/chromium (a devDependency, so
//      `npm ci` installs it): Chromium's headless shell, brotli-compressed, with the NSS/NSPR/expat
//      libraries it needs, so it runs with glibc alone. It is unpacked once into
//      node_modules/.cache/lba-chromium/<version>/.
// LBA_BROWSER=system or LBA_BROWSER=npm forces one source (e.g. to check the npm one on a machine
// that has Debian's Chromium); LBA_BROWSER=auto (the default) takes the first that exists.
import { execFileSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, chmodSync, statSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { createBrotliDecompress, brotliDecompressSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const NPM_PACKAGE = "@sparticuz/chromium";
const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

/**
 * @returns {Promise<{ executablePath: string, env: Record<string, string>, source: string, label: string }>}
 *   `env` is the whole environment to launch it with; `label` says what was found, for the log.
 */
export async function findChromium(environment = process.env) {
  const mode = environment.LBA_BROWSER ?? "auto";
  if (!["auto", "system", "npm"].includes(mode)) throw new Error(`LBA_BROWSER=${mode}: expected auto, system or npm`);
  if (mode !== "npm") {
    const system = findSystemChromium(environment);
    if (system) return { ...system, env: { ...environment }, label: `${system.source}: ${system.executablePath} (${versionOf(system.executablePath, environment)})` };
    if (mode === "system") throw new Error(`LBA_BROWSER=system but no Chromium: CHROMIUM_PATH is not set and none of ${SYSTEM_NAMES.join(", ")} is on PATH`);
  }
  const npm = await unpackNpmChromium();
  const env = {
    ...environment,
    LD_LIBRARY_PATH: [npm.libDir, environment.LD_LIBRARY_PATH].filter(Boolean).join(delimiter),
    FONTCONFIG_FILE: npm.fontsConf,
  };
  return { executablePath: npm.executablePath, env, source: "npm", label: `npm ${NPM_PACKAGE}@${npm.version}: ${npm.executablePath} (${versionOf(npm.executablePath, env)})` };
}

function findSystemChromium(environment) {
  if (environment.CHROMIUM_PATH) {
    if (!existsSync(environment.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${environment.CHROMIUM_PATH} does not exist`);
    return { executablePath: environment.CHROMIUM_PATH, source: "CHROMIUM_PATH" };
  }
  for (const dir of (environment.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const name of SYSTEM_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate) && statSync(candidate).isFile()) return { executablePath: candidate, source: "system" };
    }
  }
  return undefined;
}

async function unpackNpmChromium() {
  if (process.platform !== "linux" || process.arch !== "x64") {
    throw new Error(`${NPM_PACKAGE} ships a Linux x64 Chromium only (this is ${process.platform} ${process.arch}): set CHROMIUM_PATH to a Chromium or Chrome`);
  }
  // By path: the package's `exports` does not expose its package.json or bin/ folder.
  const pkgJson = join(root, "node_modules", NPM_PACKAGE, "package.json");
  if (!existsSync(pkgJson)) throw new Error(`no Chromium: ${NPM_PACKAGE} is not installed (run npm ci) and none was found on the system`);
  const { version } = JSON.parse(readFileSync(pkgJson, "utf8"));
  const bin = join(dirname(pkgJson), "bin");
  const dir = join(root, "node_modules", ".cache", "lba-chromium", version);
  const paths = { version, executablePath: join(dir, "chromium"), libDir: join(dir, "lib"), fontsConf: join(dir, "fonts.conf") };
  if (existsSync(join(dir, ".complete"))) return paths;

  // Unpacked beside the final folder, then renamed: a run killed halfway leaves no broken cache.
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    await pipeline(createReadStream(join(bin, "chromium.br")), createBrotliDecompress(), createWriteStream(join(tmp, "chromium")));
    chmodSync(join(tmp, "chromium"), 0o755);
    // al2023: NSS, NSPR and expat (the binary's only needs beyond glibc); swiftshader: the software
    // GL libraries Chromium loads from beside its binary; fonts: Open Sans and its fonts.conf.
    for (const archive of ["al2023.tar.br", "swiftshader.tar.br", "fonts.tar.br"]) {
      execFileSync("tar", ["-x", "--no-same-owner", "-C", tmp], { input: brotliDecompressSync(readFileSync(join(bin, archive))) });
    }
    // Our own fonts.conf: the shipped one names Lambda's folders.
    writeFileSync(
      join(tmp, "fonts.conf"),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, "fonts")}</dir>\n  <dir>/usr/share/fonts</dir>\n  <cachedir>${join(dir, "fonts-cache")}</cachedir>\n</fontconfig>\n`,
    );
    writeFileSync(join(tmp, ".complete"), `${NPM_PACKAGE}@${version}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(join(dir, ".complete"))) return paths; // another run finished first
    throw error;
  }
  return paths;
}

function versionOf(executablePath, env) {
  try {
    return execFileSync(executablePath, ["--version"], { env, encoding: "utf8", timeout: 20_000, stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch (error) {
    return `--version failed: ${String(error.message).split("\n")[0]}`;
  }
}

/** After a failed launch: the shared libraries the binary cannot find, to say what is missing. */
export function missingLibraries(found) {
  try {
    const out = execFileSync("ldd", [found.executablePath], { env: found.env, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return out.split("\n").filter((line) => line.includes("not found")).map((line) => line.trim());
  } catch {
    return [];
  }
}

import { execFileSync, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";

async function cli(args: string[], tty = false, env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: { write: (t: string) => (stdout += t), columns: 120 },
    stderr: { write: (t: string) => (stderr += t), isTTY: tty },
    env,
  });
  return { code, stdout, stderr };
}

describe("CLI against the embedded mock API", () => {
  it("formations: a table", async () => {
    const r = await cli(["formations", "--romes", "M1805", "--near", "47.2184,-1.5536", "--radius", "30", "--mock"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^SOURCE\s+TITLE/);
    expect(r.stdout).toContain("formation");
    expect(r.stderr).toBe("");
  });

  it("companies --json: today's offers, companies and warnings", async () => {
    const r = await cli(["companies", "--romes", "M1805", "--near", "47.2184,-1.5536", "--mock", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown[]>;
    for (const key of ["jobs", "recruiters", "warnings", "failures"]) expect(Array.isArray(json[key])).toBe(true);
    expect(json.jobs!.length + json.recruiters!.length).toBeGreaterThan(0);
  });

  it("companies --mock: the mock's own key, not $LBA_API_KEY (a real key is never sent to the mock)", async () => {
    const r = await cli(["companies", "--romes", "M1805", "--near", "47.2184,-1.5536", "--mock", "--json"], false, { LBA_API_KEY: "my-real-key-0123456789" });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("my-real-key");
  });

  it("companies --legacy --json: every source of the 2022 API", async () => {
    const r = await cli(["companies", "--romes", "M1805", "--near", "47.2184,-1.5536", "--insee", "44109", "--mock", "--legacy", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as Record<string, unknown[]>;
    for (const key of ["peJobs", "lbaCompanies", "lbbCompanies", "matchas", "failures"]) expect(Array.isArray(json[key])).toBe(true);
    expect(json.lbaCompanies!.length).toBeGreaterThan(0);
  });

  it("companies without a key: exit 2, one line naming --api-key; a key given is never printed", async () => {
    const none = await cli(["companies", "--romes", "M1805", "--base-url", "http://127.0.0.1:9"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^labonnealternance: --api-key: is missing/);
    const secret = "cli-secret-key-0123456789";
    const refused = await cli(["companies", "--romes", "M1805", "--mock", "--api-key", secret]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("401");
    expect(refused.stdout + refused.stderr).not.toContain(secret);
  });

  it("all --csv: a header and one row per item, RFC 4180 quoting", async () => {
    const r = await cli(["all", "--romes", "M1805", "--near", "47.2184,-1.5536", "--insee", "44109", "--mock", "--csv", "--limit", "5"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe("source,title,place,distance,detail");
    expect(lines).toHaveLength(6);
    for (const line of lines.slice(1)) expect(line.match(/"/g)?.length ?? 0).toSatisfy((n: number) => n % 2 === 0);
  });

  it("metiers <title>", async () => {
    const r = await cli(["metiers", "boulanger", "--mock", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty("metiers");
  });

  it("--help for every command", async () => {
    for (const command of ["formations", "companies", "all", "metiers", "geocode"]) {
      const r = await cli([command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: labonnealternance ${command}`);
    }
    expect((await cli(["--help"])).stdout).toContain("Commands:");
  });

  it("no progress line when stderr is not a terminal, one when it is", async () => {
    const args = ["formations", "--romes", "M1805", "--department", "29,56", "--mock"];
    expect((await cli(args)).stderr).toBe("");
    expect((await cli(args, true)).stderr).toContain("request(s) answered");
  });
});

describe("CLI errors: one line, an exit code", () => {
  it("bad input: exit 2, one line naming the field", async () => {
    const r = await cli(["formations", "--romes", "M1805", "--near", "95,0", "--mock"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("latitude");
  });

  it("unknown flag or command: exit 2", async () => {
    expect((await cli(["formations", "--bogus"])).code).toBe(2);
    expect((await cli(["bogus"])).code).toBe(2);
  });

  it("network error: exit 1, one line, no stack", async () => {
    const r = await cli(["formations", "--romes", "M1805", "--base-url", "http://127.0.0.1:9", "--no-retry"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toContain("    at ");
  });
});

describe("real processes", () => {
  it("the executable sets the exit code", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "formations", "--romes", "12"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^labonnealternance: --romes/);
  });

  it("npm run demo runs and exits 0", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/demo.ts"], { encoding: "utf8", timeout: 60_000 });
    expect(out).toContain("Trainings in apprenticeship");
    expect(out).toMatch(/\d+ requests sent to the mock API/);
  });
});

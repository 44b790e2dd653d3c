// `labonnealternance export`: the national export into a file, through runCli as the executable
// calls it, against the embedded mock (--mock) or a mock server (--base-url).
import { mkdtempSync, readFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { departmentOfAddress } from "../../src/cli/export-filter.js";
import { MOCK_API_KEY, startMockServer } from "../../src/testing/index.js";

const dir = mkdtempSync(join(tmpdir(), "lba-export-"));

async function cli(args: string[], tty = false, env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: { write: (t: string) => (stdout += t), columns: 100 }, stderr: { write: (t: string) => (stderr += t), isTTY: tty }, env });
  return { code, stdout, stderr };
}

describe("labonnealternance export", () => {
  it("writes NDJSON, offers only, in the departments asked, with a summary line (no TTY: no bar)", async () => {
    const out = join(dir, "offers.ndjson");
    const r = await cli(["export", "--out", out, "--mock", "--kind", "offers", "--department", "35,2A"]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("\r");
    expect(r.stderr).toMatch(/^labonnealternance: \d+ item\(s\) written to .*offers\.ndjson/);
    const items = readFileSync(out, "utf8").trim().split("\n").map((line) => JSON.parse(line) as { kind: string; workplace: { location: { address: string } } });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.kind === "offer")).toBe(true);
    expect(new Set(items.map((i) => departmentOfAddress(i.workplace.location.address)))).toEqual(new Set(["35", "2A"]));
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it("writes CSV and JSON by extension; companies have no offer title", async () => {
    const csv = join(dir, "companies.csv");
    expect((await cli(["export", "--out", csv, "--mock", "--kind", "companies", "--rome", "M18"])).code).toBe(0);
    const rows = readFileSync(csv, "utf8").trim().split("\n");
    expect(rows[0]).toBe("kind,id,partner_label,title,company,siret,rome_codes,address,department,latitude,longitude,contract_types,diploma_level,apply_url,recipient_id");
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row).toMatch(/^company,[0-9a-f]{24},recruteurs_lba,,/);
    const json = join(dir, "all.json");
    expect((await cli(["export", "--out", json, "--mock"])).code).toBe(0);
    const all = JSON.parse(readFileSync(json, "utf8")) as { kind: string }[];
    expect(new Set(all.map((i) => i.kind))).toEqual(new Set(["offer", "company"]));
  });

  it("draws a progress bar on a terminal", async () => {
    const r = await cli(["export", "--out", join(dir, "bar.ndjson"), "--mock"], true);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\r\[#+\.*\] \d+% [\d,]+ items/);
    expect(r.stderr).toMatch(/\r\[#{10,}\] 100% /);
  });

  it("bad flags: exit 2, one line, no request", async () => {
    const server = await startMockServer({ rateLimits: false });
    try {
      const base = ["export", "--base-url", server.apiApprentissageUrl, "--api-key", MOCK_API_KEY];
      for (const [args, message] of [
        [[...base], /--out <file> is required/],
        [[...base, "--out", join(dir, "x.txt")], /no known extension/],
        [[...base, "--out", join(dir, "x.csv"), "--kind", "jobs"], /--kind: "jobs"/],
        [[...base, "--out", join(dir, "x.csv"), "--rome", "M18O5"], /--rome: "M18O5"/],
        [[...base, "--out", join(dir, "x.csv"), "--department", "99"], /department/],
        [[...base, "--out", join(dir, "x.csv"), "--nope"], /nope/],
      ] as const) {
        const r = await cli([...args]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stderr.trim().split("\n")).toHaveLength(1);
      }
      expect(server.requests).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  it("an API error: exit 1, no file left behind, the key never printed", async () => {
    const server = await startMockServer({ rateLimits: false });
    try {
      const out = join(dir, "refused.ndjson");
      const r = await cli(["export", "--out", out, "--base-url", server.apiApprentissageUrl, "--api-key", "wrong-secret-key"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/401/);
      expect(r.stderr).not.toContain("wrong-secret-key");
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.partial`)).toBe(false);
    } finally {
      await server.close();
    }
  });
});

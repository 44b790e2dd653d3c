import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/run-cli.js";
import { cliIssue } from "../../src/cli/cli-terms.js";
import { GLOBAL_HELP, COMMAND_HELP } from "../../src/cli/help.js";
import { startMockServer, type MockServer } from "../../src/testing/index.js";

// Issue 20, item 3: the CLI answers in CLI terms (flags, environment variables), reads negative
// values, refuses conflicting flags, stops a search at --limit, answers `geocode --mock` from the
// mock, and documents its exit codes. Bad usage is exit code 2 with no request sent: each of
// those cases points --base-url at a mock server of this test and checks it received nothing.
let live: MockServer;
let legacy: MockServer;
beforeAll(async () => {
  [live, legacy] = await Promise.all([startMockServer({ rateLimits: false }), startMockServer({ rateLimits: false, legacy: true })]);
});
afterAll(async () => {
  await Promise.all([live?.close(), legacy?.close()]);
});
beforeEach(() => {
  live.reset();
  legacy.reset();
});

async function cli(args: string[], env: Record<string, string> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, { stdout: { write: (t: string) => (stdout += t), columns: 120 }, stderr: { write: (t: string) => (stderr += t), isTTY: false }, env });
  return { code, stdout, stderr };
}

/** Exit 2, one line on stderr matching `message`, nothing on stdout, no request to either server. */
async function usageError(args: string[], message: RegExp) {
  const r = await cli(args);
  expect(r.stderr.trim().split("\n"), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(live.requests).toHaveLength(0);
  expect(legacy.requests).toHaveLength(0);
  return r.stderr;
}

describe("messages name flags and environment variables, not the SDK's code", () => {
  it("a missing key names --api-key and LBA_API_KEY", async () => {
    const stderr = await usageError(["companies", "--romes", "M1805", "--base-url", live.url], /^labonnealternance: --api-key: is missing/);
    expect(stderr).toContain("LBA_API_KEY");
    expect(stderr).not.toMatch(/createLbaClient|apiKey\b|\{/);
  });

  it("a 2022 job search without an INSEE code names --insee and the geocode command", async () => {
    const stderr = await usageError(["companies", "--romes", "M1805", "--near", "47.2184,-1.5536", "--legacy", "--base-url", legacy.url], /^labonnealternance: --insee: is missing/);
    expect(stderr).toContain("labonnealternance geocode");
    expect(stderr).not.toMatch(/near\(|client\.geocode|\{ insee \}/);
  });

  it("a missing ROME code names --romes and --rome-domain", async () => {
    const stderr = await usageError(["formations", "--department", "35", "--base-url", live.url], /^labonnealternance: --romes: is missing/);
    expect(stderr).toContain("--rome-domain");
    expect(stderr).not.toContain("romeDomain");
  });

  it("a refused key (exit 1) points to --api-key or LBA_API_KEY, not the apiKey option", async () => {
    const r = await cli(["companies", "--romes", "M1805", "--mock", "--api-key", "not-the-mock-key-0123456789"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("--api-key or LBA_API_KEY");
    expect(r.stderr).not.toContain("apiKey option");
    expect(r.stderr).not.toContain("not-the-mock-key");
  });
});

describe("flags", () => {
  it("an unknown flag gets a 'did you mean', not Node's advice about '--'", async () => {
    const rayon = await usageError(["formations", "--romes", "M1805", "--rayon", "20", "--base-url", live.url], /unknown flag --rayon \(did you mean --radius\?\)/);
    expect(rayon).not.toMatch(/place it at the end|'--'/);
    await usageError(["formations", "--romes", "M1805", "--deparment", "35", "--base-url", live.url], /did you mean --department\?/);
    await usageError(["formation", "--romes", "M1805", "--base-url", live.url], /unknown command "formation" \(did you mean formations\?\)/);
  });

  it("values may start with a dash: negative latitudes and longitudes", async () => {
    for (const args of [
      ["--near", "-21.11,55.53"],
      ["--near=-21.11,55.53"],
    ]) {
      live.reset();
      const r = await cli(["formations", "--romes", "M1805", ...args, "--base-url", live.url, "--json"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(live.requests[0]!.query).toMatchObject({ latitude: "-21.11", longitude: "55.53" });
    }
    const west = await cli(["formations", "--romes", "M1805", "--near", "48.11,-1.68", "--base-url", live.url, "--csv"]);
    expect(west.code).toBe(0);
    // Swapped coordinates are read as given (the geo builders judge the point, not the parser).
    const swapped = await cli(["formations", "--romes", "M1805", "--near", "-1.68,48.11", "--base-url", live.url, "--csv"]);
    expect(swapped.stderr).not.toMatch(/ambiguous|argument/i);
  });

  it("a flag given twice, a switch given a value, a flag without its value: exit 2", async () => {
    await usageError(["formations", "--romes", "M1805", "--romes", "M1802", "--base-url", live.url], /--romes is given twice/);
    await usageError(["formations", "--romes", "M1805", "--france=yes", "--base-url", live.url], /--france is a switch/);
    await usageError(["formations", "--romes", "M1805", "--base-url", live.url, "--near"], /--near needs a value/);
    await usageError(["formations", "--romes", "M1805", "--near", "--json", "--base-url", live.url], /--near needs a value/);
  });

  it("conflicting flags are refused, not silently resolved", async () => {
    await usageError(["formations", "--romes", "M1805", "--department", "35", "--json", "--csv", "--base-url", live.url], /--json and --csv cannot go together/);
    await usageError(["formations", "--romes", "M1805", "--department", "35", "--mock", "--base-url", live.url], /--mock and --base-url cannot go together/);
    await usageError(["formations", "--romes", "M1805", "--rome-domain", "M18", "--base-url", live.url], /--romes and --rome-domain cannot go together/);
    await usageError(["formations", "--romes", "M1805", "--department", "35", "--exhaustive", "--base-url", live.url], /--exhaustive goes with --france/);
    await usageError(["formations", "--romes", "M1805", "--radius", "20", "--base-url", live.url], /--radius goes with --near/);
    await usageError(["companies", "--romes", "M1805", "--near", "47.2,-1.55", "--insee", "44109", "--legacy", "--api-key", "k", "--base-url", legacy.url], /--api-key and --legacy/);
    await usageError(["metiers", "boulanger", "--all", "--base-url", live.url], /one of a title, --all, --cfd or --siret/);
  });

  it("a flag the command would ignore is refused (naming the API that has it)", async () => {
    await usageError(["formations", "--romes", "M1805", "--department", "35", "--rncp", "RNCP37273", "--base-url", live.url], /--rncp is not a flag of formations/);
    await usageError(["companies", "--romes", "M1805", "--department", "35", "--sources", "lba", "--base-url", live.url], /--sources is not a flag of companies of today's API \(the 2022 API has it: add --legacy\)/);
    await usageError(["companies", "--romes", "M1805", "--near", "47.2,-1.55", "--insee", "44109", "--diploma", "5", "--legacy", "--base-url", legacy.url], /--diploma is not a flag of companies with --legacy/);
    await usageError(["formations", "M1805", "--base-url", live.url], /formations takes no words after it/);
  });

  it("--limit must be a whole number of 1 or more", async () => {
    await usageError(["formations", "--romes", "M1805", "--department", "35", "--limit", "0", "--base-url", live.url], /--limit: "0" is not a whole number/);
    await usageError(["formations", "--romes", "M1805", "--department", "35", "--limit", "2.5", "--base-url", live.url], /--limit: "2.5"/);
  });
});

describe("--limit stops the work once reached", () => {
  // Twenty departments: twenty requests without --limit.
  const departments = "01,02,03,04,05,06,07,08,09,10,11,12,13,14,15,16,17,18,19,21";

  it("formations --limit 3: three rows, and most of the twenty requests never sent", async () => {
    const r = await cli(["formations", "--romes", "M1805", "--department", departments, "--limit", "3", "--csv", "--base-url", live.url]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\r\n").filter(Boolean)).toHaveLength(4); // header + 3
    // The first answers fill the limit; at most the first wave (the client's concurrency, 8) left.
    expect(live.requests.length).toBeGreaterThan(0);
    expect(live.requests.length).toBeLessThanOrEqual(8);
  });

  it("companies --limit 2 --json: an array of the first two items", async () => {
    // --mock: the job routes are on the gateway, which --base-url does not move.
    const r = await cli(["companies", "--romes", "M1805", "--region", "Bretagne", "--limit", "2", "--json", "--mock"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout) as { identifier?: unknown }[];
    expect(items).toHaveLength(2);
    for (const item of items) expect(item).toHaveProperty("identifier");
  });

  it("metiers --all --limit 2 --json: two names, in --json as in the table", async () => {
    const r = await cli(["metiers", "--all", "--limit", "2", "--json", "--base-url", live.url]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(2);
  });

  it("without --limit every request is sent (the baseline of the test above)", async () => {
    // Its own ROME code: requests the test above cancelled may still reach the server.
    const r = await cli(["formations", "--romes", "M1802", "--department", departments, "--csv", "--base-url", live.url]);
    expect(r.code).toBe(0);
    expect(live.requests.filter((q) => q.query.romes === "M1802")).toHaveLength(20);
  });
});

describe("geocode --mock and the help", () => {
  it("geocode --mock is answered by the mock's geocoder (no real geocoder)", async () => {
    const r = await cli(["geocode", "Nantes", "--mock", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const [first] = JSON.parse(r.stdout) as { label: string; insee: string; latitude: number; longitude: number }[];
    expect(first).toMatchObject({ label: "Nantes", insee: expect.stringMatching(/^44\d{3}$/) });
    expect(first!.latitude).toBeCloseTo(47.2, 0);
  });

  it("every help text lists the exit codes", () => {
    for (const text of [GLOBAL_HELP, ...Object.values(COMMAND_HELP)]) {
      expect(text).toMatch(/Exit codes:\n\s+0\s+success\n\s+1\s+API or network error.*\n\s+2\s+bad usage/);
    }
  });
});

describe("input problems of the SDK in CLI terms (cliIssue)", () => {
  it("a point outside France (the geo builders' swap suggestion) names --near and keeps the suggested point", () => {
    const swapped = cliIssue({
      field: "latitude, longitude",
      problem: "is outside France and its overseas territories; latitude and longitude look swapped: (48.11, -1.68) is in metropolitan France and Corsica",
      expected: "the latitude first: near(48.11, -1.68)",
      value: { latitude: -1.68, longitude: 48.11 },
    });
    expect(swapped).toMatch(/^--near: is outside France.*; expected the latitude first: --near 48\.11,-1\.68$/);
    const far = cliIssue({ field: "where.latitude, where.longitude", problem: "is outside France and its overseas territories", expected: "a point in France as near(latitude, longitude), latitude first" });
    expect(far).toMatch(/^--near: .*expected a point in France as --near latitude,longitude, latitude first$/);
  });

  it("advice that is still code is replaced by the flag's own; a field no flag sets keeps the SDK's words", () => {
    expect(cliIssue({ field: "apiKey", problem: "is missing", expected: "createLbaClient({ caller, apiKey })" })).toBe(
      "--api-key: is missing; expected --api-key <key> or the LBA_API_KEY environment variable (the key of your free account on https://api.apprentissage.beta.gouv.fr), or --legacy for a 2022 server",
    );
    expect(cliIssue({ field: "radius", problem: "is out of range", expected: "a number of km from 0 to 200", value: 500 })).toBe("--radius: is out of range (got 500); expected a number of km from 0 to 200");
    expect(cliIssue({ field: "options.pageSize", problem: "is not an integer", expected: "items per page, e.g. 20" })).toBe("options.pageSize: is not an integer; expected items per page, e.g. 20");
  });
});

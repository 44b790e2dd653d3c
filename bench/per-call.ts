// Per-call cost, the way a user meets it: ONE process, the variants interleaved (a new random order
// every round, a batch of sequential calls per variant per round), all against the same loopback
// server (bench/server.ts, its own process). Run by run.ts as plain node (compiled into bench/.tmp/):
//   node bench/.tmp/per-call.mjs <serverUrl> <live|legacy> <sizes,comma> <warmupMs> <measureMs>
// Prints one JSON line: per size, each variant's per-call latencies (median, quartiles) and the
// ratios, computed round by round (a variant's round median over the reference's in the same round:
// both saw the same machine state) then summarized by their median and quartiles.
import createClient from "openapi-fetch";
import { benchClientOptions, DIST, FORMATIONS_PATH, type Generation } from "./data.js";
import { seeded, shuffled, spread, type Spread } from "./stats.js";

const { createLbaClient, near } = (await import(DIST.index)) as typeof import("../src/index.js");
const { createLegacyLbaClient } = (await import(DIST.legacy)) as typeof import("../src/legacy/index.js");

const [serverUrl = "", generation = "live", sizesArg = "150", warmupArg = "2000", measureArg = "6000"] = process.argv.slice(2) as [string, Generation, string, string, string];
const VARIANTS = ["fetch", "openapi-fetch", "off", "lenient", "strict"] as const;
type Variant = (typeof VARIANTS)[number];
const BATCH = 8;
const where = near(48.1, -1.6, { radius: 30 });
const query = { romes: "M1805", where };
const random = seeded(12);

async function variantsFor(size: number): Promise<{ run: Record<Variant, () => Promise<number>>; url: string; issues: () => number }> {
  const baseUrl = `${serverUrl}/n${size}`;
  const makeSdk = (options: import("../src/legacy/index.js").LegacyLbaClientOptions) => (generation === "legacy" ? createLegacyLbaClient(options) : createLbaClient(options));
  const common = benchClientOptions(baseUrl);
  let issues = 0;
  const sdk = (validation: "off" | "lenient" | "strict") => makeSdk({ ...common, validation, onValidationIssue: () => void issues++ });
  // The exact URL the SDK sends, so raw fetch and openapi-fetch ask for the same thing.
  let url = "";
  await makeSdk({ ...common, fetch: (input: Request | string | URL, init?: RequestInit) => ((url = input instanceof Request ? input.url : String(input)), fetch(input, init)) }).searchFormations(query);
  const { pathname, searchParams } = new URL(url);
  const path = pathname.slice(`/n${size}`.length);
  if (path !== FORMATIONS_PATH[generation as Generation]) throw new Error(`unexpected route ${path}`);
  const params = { query: Object.fromEntries(searchParams) };
  const openapi = createClient<any>({ baseUrl });
  const clients = { off: sdk("off"), lenient: sdk("lenient"), strict: sdk("strict") };
  const count = (items: unknown[] | undefined) => {
    if (items?.length !== size) throw new Error(`expected ${size} items, got ${items?.length}`);
    return items.length;
  };
  return {
    url,
    issues: () => issues,
    run: {
      fetch: async () => count((JSON.parse(await (await fetch(url)).text()) as { results: unknown[] }).results),
      "openapi-fetch": async () => count(((await openapi.GET(path, { params })) as { data?: { results: unknown[] } }).data?.results),
      off: async () => count((await clients.off.searchFormations(query)).formations),
      lenient: async () => count((await clients.lenient.searchFormations(query)).formations),
      strict: async () => count((await clients.strict.searchFormations(query)).formations),
    },
  };
}

async function measure(size: number) {
  const { run, url, issues } = await variantsFor(size);
  const calls: Record<Variant, number[]> = { fetch: [], "openapi-fetch": [], off: [], lenient: [], strict: [] };
  const rounds: Record<Variant, number>[] = [];
  const round = async (keep: boolean) => {
    const medians = {} as Record<Variant, number>;
    for (const variant of shuffled(VARIANTS, random)) {
      const times: number[] = [];
      for (let i = 0; i < BATCH; i++) {
        const start = performance.now();
        await run[variant]();
        times.push(performance.now() - start);
      }
      medians[variant] = spread(times).median;
      if (keep) calls[variant].push(...times);
    }
    if (keep) rounds.push(medians);
  };
  for (const start = performance.now(); performance.now() - start < Number(warmupArg); ) await round(false);
  for (const start = performance.now(); performance.now() - start < Number(measureArg); ) await round(true);
  const ratio = (variant: Variant, reference: Variant): Spread => spread(rounds.map((r) => r[variant] / r[reference]));
  return {
    url: url.replace(serverUrl, ""),
    rounds: rounds.length,
    callsPerVariant: calls.fetch.length,
    validationIssues: issues(),
    ms: Object.fromEntries(VARIANTS.map((v) => [v, spread(calls[v])])) as Record<Variant, Spread>,
    vsFetch: Object.fromEntries(VARIANTS.map((v) => [v, ratio(v, "fetch")])) as Record<Variant, Spread>,
    vsOpenapiFetch: Object.fromEntries(VARIANTS.map((v) => [v, ratio(v, "openapi-fetch")])) as Record<Variant, Spread>,
  };
}

const out: Record<string, Awaited<ReturnType<typeof measure>>> = {};
for (const size of sizesArg.split(",").map(Number)) out[size] = await measure(size);
console.log(JSON.stringify(out));
process.exit(0);

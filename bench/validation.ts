// Items validated per second, per kind of item and mode: `tsx bench/validation.ts`.
import { Bench } from "tinybench";
import { validateResponse } from "../src/validation/index.js";
import { makeFormationsResponse, makeJobsResponse } from "../src/testing/index.js";

const N = 150;
const bodies = {
  formation: () => ({ key: "formations" as const, body: makeFormationsResponse(N) }),
  jobOffer: () => ({ key: "jobs" as const, body: makeJobsResponse({ peJobs: N, lbaCompanies: 0, matchas: 0 }) }),
  company: () => ({ key: "jobs" as const, body: makeJobsResponse({ peJobs: 0, lbaCompanies: N, matchas: 0 }) }),
  matcha: () => ({ key: "jobs" as const, body: makeJobsResponse({ peJobs: 0, lbaCompanies: 0, matchas: N }) }),
};
const out: Record<string, number> = {};
for (const [kind, make] of Object.entries(bodies)) {
  for (const mode of ["lenient", "strict"] as const) {
    const { key, body } = make();
    const text = JSON.stringify(body);
    const bench = new Bench({ time: 700, warmupTime: 200 });
    // Parse a fresh copy each time: lenient validation normalizes the body it is given in place.
    const parseOnly = () => JSON.parse(text);
    bench.add("parse", parseOnly);
    bench.add("validate", () => validateResponse(key, JSON.parse(text), { mode, operation: "bench", seen: new Set() }));
    await bench.run();
    const [parse, validate] = bench.tasks.map((t) => (t.result as { latency: { p50: number } }).latency.p50);
    out[`${kind} ${mode}`] = Math.round(N / Math.max(1e-6, (validate! - parse!) / 1000));
  }
}
console.log(JSON.stringify(out));

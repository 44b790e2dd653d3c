// Validation alone, by the engine the package loads lazily (validateResponse is async and loads the
// engine on its first call, so it is awaited, and called once before timing). Per kind of answer and
// mode: items validated per second, and the validation's time over JSON.parse's of the same text.
// Rounds interleave parse and validation; each validates fresh parsed copies (lenient repairs the
// body it is given in place), made outside the timed part.
//   node bench/.tmp/validation.mjs
import { validateResponse } from "../src/validation/index.js";
import { makeFormationsResponse, makeJobSearchResponse, makeJobsResponse, makeLiveFormationsResponse } from "../src/testing/index.js";
import { round, spread } from "./stats.js";

const N = 150;
const COPIES = 10;
const ROUNDS = 12;
const bodies: Record<string, () => { key: "formations" | "jobs" | "jobSearch"; body: unknown }> = {
  "formations (today's API)": () => ({ key: "formations", body: makeLiveFormationsResponse(N) }),
  "job offers (today's API)": () => ({ key: "jobSearch", body: makeJobSearchResponse({ jobs: N, recruiters: 0 }) }),
  "formations (2022)": () => ({ key: "formations", body: makeFormationsResponse(N) }),
  "peJobs (2022)": () => ({ key: "jobs", body: makeJobsResponse({ peJobs: N, lbaCompanies: 0, matchas: 0 }) }),
  "companies (2022)": () => ({ key: "jobs", body: makeJobsResponse({ peJobs: 0, lbaCompanies: N, matchas: 0 }) }),
  "matchas (2022)": () => ({ key: "jobs", body: makeJobsResponse({ peJobs: 0, lbaCompanies: 0, matchas: N }) }),
};

const out: Record<string, { itemsPerSecond: number; overParse: number; driftIssues: number }> = {};
for (const [kind, make] of Object.entries(bodies)) {
  const { key, body } = make();
  const text = JSON.stringify(body);
  for (const mode of ["lenient", "strict"] as const) {
    let issues = 0;
    const options = { mode, operation: "bench", seen: new Set<string>(), onIssue: () => void issues++ };
    await validateResponse(key, JSON.parse(text), options);
    const parseMs: number[] = [];
    const validateMs: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      let start = performance.now();
      for (let i = 0; i < COPIES; i++) JSON.parse(text);
      parseMs.push((performance.now() - start) / COPIES);
      const copies = Array.from({ length: COPIES }, () => JSON.parse(text) as unknown);
      start = performance.now();
      for (const copy of copies) await validateResponse(key, copy, options);
      validateMs.push((performance.now() - start) / COPIES);
    }
    const validate = spread(validateMs).median;
    out[`${kind}, ${mode}`] = { itemsPerSecond: Math.round((N / validate) * 1000), overParse: round(validate / spread(parseMs).median), driftIssues: issues };
  }
}
console.log(JSON.stringify(out));
process.exit(0);

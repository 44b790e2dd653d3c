/*
 * The public types under the flags strict projects use: `strict`, `exactOptionalPropertyTypes` and
 * `noUncheckedIndexedAccess`. Each case is a small user file compiled against the sources with those
 * flags (vitest's typecheck runs with the project's tsconfig, which leaves `exactOptionalPropertyTypes`
 * off, so a `.test-d.ts` could not see these). Issue 20, item 2.
 */
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { compileInMemory } from "../support/user-compiler-options.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const HEADER = `
import { applyUrl, createLbaClient, department, isOffer, isRecruiter, near, widgetUrl, type JobOfferRead, type JobRecruiter, type LbaClient, type Offer, type Recruiter } from "labonnealternance";
import { createMockFetch, startMockServer } from "labonnealternance/testing";
declare const client: LbaClient;
declare const offer: Offer;
declare const recruiter: Recruiter;
declare const maybeText: string | undefined;
declare const maybeNumber: number | undefined;
const applicant = { email: "jeanne@example.fr", firstName: "Jeanne", lastName: "Martin", phone: "0612345678" };
const cv = { fileName: "cv.pdf", content: "data:application/pdf;base64,JVBERi0xLjQK" };
`;

/** Cases that must compile: each line is what a user writes. */
const CASES: Record<string, string> = {
  "apiKey from the environment gives today's client": `
    const lba: LbaClient = createLbaClient({ caller: "me", apiKey: process.env.LBA_API_KEY });
    const { jobs } = await lba.searchCompanies({ romes: "M1805" });
    console.log(jobs.length);`,
  "other client options from the environment": `
    createLbaClient({ caller: "me", baseUrl: process.env.LBA_BASE_URL, apiApprentissageBaseUrl: process.env.GATEWAY, timeoutMs: maybeNumber, deadlineMs: maybeNumber, debug: undefined });
    client.withOptions({ timeoutMs: maybeNumber, retry: undefined });`,
  "query and call options may be undefined": `
    await client.searchCompanies({ romes: "M1805", where: near(48.11, -1.68, { insee: maybeText, radius: maybeNumber }), opco: maybeText, rncp: maybeText, diploma: undefined }, { signal: undefined, timeoutMs: maybeNumber });
    await client.searchFormations({ romes: maybeText, romeDomain: maybeText, where: department("35"), diploma: undefined });
    await client.geocode("Nantes", { limit: maybeNumber, postcode: maybeText });`,
  "widget and testing options may be undefined": `
    widgetUrl({ caller: "mon-site", q: maybeText, placeLabel: undefined, baseUrl: process.env.SITE });
    createMockFetch({ seed: process.env.SEED, rateLimits: undefined });
    await startMockServer({ port: maybeNumber });`,
  "sendApplication takes the SDK's own items as recipientId": `
    await client.sendApplication({ applicant, cv, recipientId: offer });
    await client.sendApplication({ applicant, cv, recipientId: recruiter, message: maybeText });
    const { jobs, recruiters } = await client.searchCompanies({ romes: "M1805" });
    if (jobs[0]) await client.sendApplication({ applicant, cv, recipientId: jobs[0] });
    if (recruiters[0]) await client.sendApplication({ applicant, cv, recipientId: recruiters[0] });
    const found = await client.getJob("65f0c1a2b3c4d5e6f7a8b9c0");
    if (found) await client.sendApplication({ applicant, cv, recipientId: found });
    declare const read: JobOfferRead;
    declare const company: JobRecruiter;
    await client.sendApplication({ applicant, cv, recipientId: read });
    await client.sendApplication({ applicant, cv, recipientId: company });`,
  "applyUrl takes the SDK's own items as recipientId": `
    applyUrl({ caller: "mon-site", recipientId: offer });
    applyUrl({ caller: "mon-site", recipientId: recruiter, baseUrl: process.env.SITE });`,
  "apply.recipient_id is string | null, as the README says": `
    const a: string | null = offer.apply.recipient_id;
    const b: string | null = recruiter.apply.recipient_id;
    const { jobs } = await client.searchCompanies({ romes: "M1805" });
    const c: (string | null)[] = jobs.map((job) => job.apply.recipient_id);
    console.log(a, b, c);`,
  '"offer" in item narrows the items of paginate.companies': `
    for await (const item of client.paginate.companies({ romes: "M1805", where: department("35") }).items()) {
      if ("offer" in item) { const o: Offer = item; console.log(o.offer.title); }
      else { const r: Recruiter = item; console.log(r.workplace.name); }
    }`,
  "isOffer and isRecruiter narrow the items of paginate.all": `
    for await (const item of client.paginate.all({ romes: "M1805", where: department("35") }).items()) {
      if (isOffer(item)) { const o: Offer = item; console.log(o.offer.title); }
      else if (isRecruiter(item)) { const r: Recruiter = item; console.log(r.workplace.name); }
    }`,
};

/** Controls: these must NOT compile, or the flags are not on and the cases above prove nothing. */
const MUST_FAIL: Record<string, string> = {
  "a recipient_id read as a plain string (it may be null)": `const s: string = offer.apply.recipient_id;`,
  "an array element read without a check (noUncheckedIndexedAccess)": `declare const list: Offer[]; const first: Offer = list[0];`,
  "an explicit undefined where the type does not say so (exactOptionalPropertyTypes)": `const o: { a?: string } = { a: maybeText };`,
};

function compile(files: Record<string, string>): Map<string, string[]> {
  const byFile = new Map(Object.entries(files).map(([name, body], i) => [join(ROOT, `.strict-cases/case${i}.ts`), { name, text: `${HEADER}\n${body}\nexport {};\n` }]));
  const program = compileInMemory(ROOT, new Map([...byFile].map(([path, file]) => [path, file.text])));
  const out = new Map<string, string[]>();
  for (const [path, { name }] of byFile) {
    const source = program.getSourceFile(path)!;
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    out.set(name, diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n")[0]!));
  }
  return out;
}

describe("public types under strict + exactOptionalPropertyTypes + noUncheckedIndexedAccess", () => {
  const results = compile({ ...CASES, ...MUST_FAIL });

  for (const name of Object.keys(CASES)) {
    it(`compiles: ${name}`, () => {
      expect(results.get(name)).toEqual([]);
    });
  }
  for (const name of Object.keys(MUST_FAIL)) {
    it(`is refused (control): ${name}`, () => {
      expect(results.get(name)!.length).toBeGreaterThan(0);
    });
  }
});

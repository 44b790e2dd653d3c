// `npm run demo`: the main job of the SDK, end to end, against the embedded mock API (no network):
// find trainings and companies for a job (ROME M1805, web development) around a town (Nantes).
import { formatTable, toRow } from "../src/cli/format.js";
import { createLbaClient, near } from "../src/index.js";
import { startMockServer } from "../src/testing/index.js";

const server = await startMockServer();
try {
  let requests = 0;
  const lba = createLbaClient({ caller: "demo@labonnealternance.example demo", baseUrl: server.url, hooks: { onResponse: () => void requests++ } });
  const nantes = near(47.2184, -1.5536, { radius: 30, insee: "44109" });

  console.log("Trainings in apprenticeship for web development (ROME M1805) within 30 km of Nantes:\n");
  const { formations } = await lba.searchFormations({ romes: "M1805", where: nantes });
  process.stdout.write(formatTable(formations.slice(0, 8).map(toRow), 100));
  console.log(`… ${formations.length} trainings in all.\n`);

  console.log("Companies and offers for the same job around Nantes:\n");
  const jobs = await lba.searchCompanies({ romes: "M1805", where: nantes });
  const items = [...jobs.peJobs, ...jobs.matchas, ...jobs.lbaCompanies];
  process.stdout.write(formatTable(items.slice(0, 8).map(toRow), 100));
  console.log(`… ${jobs.peJobs.length} France Travail offers, ${jobs.matchas.length} LBA Recruteur offers, ${jobs.lbaCompanies.length} companies likely to hire.\n`);
  console.log(`${requests} requests sent to the mock API at ${server.url}, each with caller, validated and normalized (coordinates as numbers).`);
} finally {
  await server.close();
}

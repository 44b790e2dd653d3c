// `npm run demo`: the main job of the SDK, end to end, against the embedded mock of today's API (no
// network): trainings in apprenticeship, then job offers and companies likely to hire, for one job
// (ROME M1805, web development) around a town (Nantes).
import { formatTable, toLiveRow, toRow } from "../src/cli/format.js";
import { createLbaClient, near } from "../src/index.js";
import { MOCK_API_KEY, startMockServer } from "../src/testing/index.js";

const server = await startMockServer();
try {
  let requests = 0;
  const lba = createLbaClient({
    caller: "demo@labonnealternance.example demo",
    baseUrl: server.url,
    apiApprentissageBaseUrl: server.apiApprentissageUrl,
    apiKey: MOCK_API_KEY, // in production: your own key from https://api.apprentissage.beta.gouv.fr
    hooks: { onResponse: () => void requests++ },
  });
  const nantes = near(47.2184, -1.5536, { radius: 30 });

  console.log("Trainings in apprenticeship for web development (ROME M1805) within 30 km of Nantes:\n");
  const { formations } = await lba.searchFormations({ romes: "M1805", where: nantes });
  process.stdout.write(formatTable(formations.slice(0, 8).map(toRow), 100));
  console.log(`… ${formations.length} trainings in all.\n`);

  console.log("Job offers and companies likely to hire for the same job around Nantes (API Apprentissage):\n");
  const { jobs, recruiters, warnings } = await lba.searchCompanies({ romes: "M1805", where: nantes });
  process.stdout.write(formatTable([...jobs.slice(0, 5), ...recruiters.slice(0, 3)].map((item) => toLiveRow(item as never)), 100));
  const partners = [...new Set(jobs.map((job) => job.identifier.partner_label))].join(", ");
  console.log(`… ${jobs.length} offers (${partners}), ${recruiters.length} companies likely to hire${warnings.length ? `, warnings: ${warnings.map((w) => w.code).join(", ")}` : ""}.\n`);
  console.log(`${requests} requests sent to the mock API at ${server.url}, each validated and normalized (coordinates as numbers).`);
} finally {
  await server.close();
}

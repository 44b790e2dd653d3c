/** Help texts of the CLI. */

/** The exit codes, at the end of every help text. */
const EXIT_CODES = `Exit codes:
  0   success
  1   API or network error (the server refused or failed, no connection, a timeout)
  2   bad usage or input (unknown flag, missing or malformed value, conflicting flags)
`;

export const GLOBAL_HELP = `Usage: labonnealternance <command> [options]

Search La Bonne Alternance: trainings in apprenticeship, job offers and companies.

Commands:
  formations   trainings (--romes or --rome-domain, and --near / --department / --region / --france)
  companies    job offers and companies likely to hire (API Apprentissage: needs an API key)
  all          trainings, offers and companies together (alias: both; needs an API key)
  metiers      ROME codes from a job title: metiers <title> | --all | --cfd <code>
  geocode      points and INSEE codes for an address or a town: geocode <text>

Common options:
  --caller <text>     who is calling (default: $LBA_CALLER, else "labonnealternance-cli")
  --api-key <key>     your API Apprentissage key (default: $LBA_API_KEY; never printed)
  --base-url <url>    API server (default: production)
  --legacy            the 2022 API (swagger.json), for copies of the server of that time
  --mock              run against the embedded mock API (no network)
  --json | --csv      output format (default: a table)
  --limit <n>         stop a search after n items: nothing more is requested
                      (with --json: an array of those n items)
  --timeout <ms>      per-attempt timeout
  --no-retry          do not retry failed requests
  --help, --version

Run "labonnealternance <command> --help" for the options of a command.
Values may start with a dash (--near -21.11,55.53); a flag given twice, flags that conflict
(--json --csv, --mock --base-url) and a flag the command does not read are usage errors.

${EXIT_CODES}`;

export const COMMAND_HELP: Record<string, string> = {
  formations: `Usage: labonnealternance formations --romes M1805[,M1802] [where] [options]

  --romes <codes>        ROME codes, comma-separated (batched past the server's limit)
  --rome-domain <code>   a ROME domain instead: "M" or "M18"
  --near <lat,lon>       around a point, with --radius <km> (default 30)
  --department <codes>   one or more departments: 29,56 or "Finistère"
  --region <code|name>   a region: 53 or "Bretagne"
  --france               all of France (--exhaustive: one request per region)
  --diploma <3..7>       diploma level
Example: labonnealternance formations --romes M1805 --department 35 --mock
`,
  companies: `Usage: labonnealternance companies --romes M1805 [where] [options]

Job offers of every partner and companies likely to hire (API Apprentissage, key from --api-key or $LBA_API_KEY).
  --romes <codes>          ROME codes (comma-separated, no limit on their number)
  --rncp <code>            an RNCP code instead or as well: RNCP37273
  --near <lat,lon>         around a point, with --radius <km> (0 to 200, default 30)
  --department <codes>     one or more departments: 44,49 (one request)
  --region <code|name>     a region (sent as its departments)
  --france                 all of France (--exhaustive: per region, split per department when capped)
  --diploma <3..7>         diploma level aimed at
  --opco <name>            an OPCO: akto, atlas, "opco 2i"...
  --exclude-partners <l>   partner labels to leave out: Hellowork,Monster
With --legacy (2022 API): --near needs --insee, and --sources lba,offres,matcha.
Without a place: all of France.
Example: labonnealternance companies --romes M1805 --near 47.2184,-1.5536 --mock
`,
  all: `Usage: labonnealternance all --romes M1805 [where] [--diploma 5] [options]

Trainings and job opportunities: two searches in parallel, one result (needs an API key).
With --legacy: one jobsEtFormations request, --sources formations,lba,matcha,offres.
`,
  metiers: `Usage: labonnealternance metiers <title> | --all | --cfd <code> | --siret <siret>

  <title>         ROME codes for a job title: labonnealternance metiers boulanger
  --all           every job name
  --cfd <code>    jobs a training leads to (CFD code)
  --siret <siret> jobs of a training establishment (--legacy only: removed from today's API)
`,
  geocode: `Usage: labonnealternance geocode <address or town> [--limit 5]

Prints points with their INSEE code, for --near and --insee. --limit 1 to 50 (default 5).
With --mock, a stand-in geocoder answers: it knows the prefecture of each department only.
`,
};
for (const command of Object.keys(COMMAND_HELP)) COMMAND_HELP[command] += `\n${EXIT_CODES}`;
COMMAND_HELP.both = COMMAND_HELP.all!;

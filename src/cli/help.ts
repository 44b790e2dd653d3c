/** Help texts of the CLI. */
export const GLOBAL_HELP = `Usage: labonnealternance <command> [options]

Search La Bonne Alternance: trainings in apprenticeship, job offers and companies.

Commands:
  formations   trainings (--romes or --rome-domain, and --near / --department / --region / --france)
  companies    job offers and companies likely to hire (--romes, --near with --insee, or all of France)
  all          trainings and jobs in one request (alias: both)
  metiers      ROME codes from a job title: metiers <title> | --all | --cfd <code> | --siret <siret>
  geocode      points and INSEE codes for an address or a town: geocode <text>

Common options:
  --caller <text>     who is calling (default: $LBA_CALLER, else "labonnealternance-cli")
  --base-url <url>    API server (default: production)
  --mock              run against the embedded mock API (no network)
  --json | --csv      output format (default: a table)
  --limit <n>         print at most n items
  --timeout <ms>      per-attempt timeout
  --no-retry          do not retry failed requests
  --help, --version

Run "labonnealternance <command> --help" for the options of a command.
Exit codes: 0 ok, 1 API or network error, 2 bad usage or input.
`;

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
  companies: `Usage: labonnealternance companies --romes M1805 [--near lat,lon --insee 44109 --radius 30] [options]

  --romes <codes>        ROME codes (required)
  --near <lat,lon>       around a point: needs --insee (get it with "labonnealternance geocode <town>")
  --insee <code>         INSEE code of the town
  --radius <km>          radius (default 30)
  --sources <list>       lba,offres,matcha (default: all)
Without --near: all of France.
Example: labonnealternance companies --romes M1805 --near 47.2184,-1.5536 --insee 44109 --mock
`,
  all: `Usage: labonnealternance all --romes M1805 [--near lat,lon --insee 44109] [--diploma 5] [options]

Trainings and job opportunities in one request (jobsEtFormations).
  --sources <list>       formations,lba,matcha,offres (default: all)
`,
  metiers: `Usage: labonnealternance metiers <title> | --all | --cfd <code> | --siret <siret>

  <title>         ROME codes for a job title: labonnealternance metiers boulanger
  --all           every job name
  --cfd <code>    jobs a training leads to (CFD code)
  --siret <siret> jobs of a training establishment
`,
  geocode: `Usage: labonnealternance geocode <address or town> [--limit 5]

Prints points with their INSEE code, for --near and --insee.
`,
};
COMMAND_HELP.both = COMMAND_HELP.all!;

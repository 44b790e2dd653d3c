import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { LbaClient } from "../index.js";
import { appointmentInput, appointmentOutput, getAppointmentLink } from "./appointment-tool.js";
import { findRomeCodes, findRomeCodesInput, findRomeCodesOutput, geocodeInput, geocodeOutput, geocodePlace, getOffer, getOfferInput, getOfferOutput, getTraining, getTrainingInput, getTrainingOutput } from "./lookup-tools.js";
import { createResultMemo, type ResultMemo } from "./result-memo.js";
import { searchJobs, searchJobsInput, searchJobsOutput, searchTrainings, searchTrainingsInput, searchTrainingsOutput } from "./search-tools.js";
import { toolError, type ToolResult } from "./tool-result.js";

/** The server's name and version as MCP clients see them. */
export interface LbaMcpServerOptions {
  /**
   * The version the server announces.
   * @default "0.0.0"
   * @example "2.0.0"
   */
  version?: string | undefined;
}

// Every tool reads public data: none writes, none sends personal data (no application tool: an
// offer's apply_url is given instead), and all reach the La Bonne Alternance API (open world).
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true } as const;

/**
 * An MCP server whose tools search apprenticeships through `client`. One client for every tool call,
 * so its rate limiter, retries and lookup cache span the whole session. Errors are MCP tool errors
 * carrying the SDK's messages; the API key is never in a tool's output.
 *
 * @example
 * ```ts
 * import { createLbaClient } from "labonnealternance";
 * import { createLbaMcpServer } from "labonnealternance/mcp";
 * import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
 * const client = createLbaClient({ caller: "mon-assistant", apiKey: process.env.LBA_API_KEY });
 * await createLbaMcpServer(client).connect(new StdioServerTransport());
 * ```
 */
export function createLbaMcpServer(client: LbaClient, options: LbaMcpServerOptions = {}): McpServer {
  return buildMcpServer(client, createSearchMemo(), options);
}

/**
 * The memo of search results behind `offset` (20 searches, 5 minutes), which the HTTP mode shares
 * between the per-request servers.
 *
 * @example
 * ```ts
 * const memo = createSearchMemo();
 * ```
 */
export function createSearchMemo(): ResultMemo {
  return createResultMemo({ entries: 20, ttlMs: 5 * 60_000 });
}

/**
 * {@link createLbaMcpServer} with a given memo of search results.
 *
 * @example
 * ```ts
 * declare const client: LbaClient;
 * const server = buildMcpServer(client, createSearchMemo(), { version: "2.0.0" });
 * ```
 */
export function buildMcpServer(client: LbaClient, memo: ResultMemo, options: LbaMcpServerOptions): McpServer {
  const server = new McpServer({ name: "labonnealternance", version: options.version ?? "0.0.0" });

  server.registerTool(
    "search_trainings",
    {
      title: "Search apprenticeship trainings",
      description: "Trainings in apprenticeship (CFA, schools) for one or more jobs (ROME codes), around a town or a point, in a department, a region or all of France. Returns one page of results, nearest first; ask for more with offset.",
      inputSchema: searchTrainingsInput,
      outputSchema: searchTrainingsOutput,
      annotations: READ_ONLY,
    },
    async (args) => guarded(() => searchTrainings(client, memo, args)),
  );
  server.registerTool(
    "search_offers_and_companies",
    {
      title: "Search apprenticeship job offers and companies",
      description: "Apprenticeship job offers and companies likely to hire apprentices (for spontaneous applications), for jobs given as ROME codes, around a town or a point, in a department, a region or all of France. Returns one page, nearest first, each with the link where a person applies.",
      inputSchema: searchJobsInput,
      outputSchema: searchJobsOutput,
      annotations: READ_ONLY,
    },
    async (args) => guarded(() => searchJobs(client, memo, args)),
  );
  server.registerTool(
    "get_offer",
    { title: "Read one job offer", description: "One apprenticeship job offer by its id: description, contract, company and the link where a person applies.", inputSchema: getOfferInput, outputSchema: getOfferOutput, annotations: READ_ONLY },
    async (args) => guarded(() => getOffer(client, args)),
  );
  server.registerTool(
    "get_training",
    { title: "Read one training", description: "One apprenticeship training by its id: title, diploma, training centre, address.", inputSchema: getTrainingInput, outputSchema: getTrainingOutput, annotations: READ_ONLY },
    async (args) => guarded(() => getTraining(client, args)),
  );
  server.registerTool(
    "find_rome_codes",
    { title: "Find ROME codes from a job title", description: 'The ROME codes (French job classification, e.g. "M1805") that match a job title as typed ("boulanger", "développeur"). The search tools take these codes.', inputSchema: findRomeCodesInput, outputSchema: findRomeCodesOutput, annotations: READ_ONLY },
    async (args) => guarded(() => findRomeCodes(client, args)),
  );
  server.registerTool(
    "geocode_place",
    { title: "Locate a French place", description: "Candidates (point, INSEE code, postcode) for a French town or address, from the national address geocoder.", inputSchema: geocodeInput, outputSchema: geocodeOutput, annotations: READ_ONLY },
    async (args) => guarded(() => geocodePlace(client, args)),
  );
  server.registerTool(
    "get_appointment_link",
    { title: "Appointment link of a training", description: "The form where a person asks a training centre for an appointment (\"prendre rendez-vous\"), for a training found by search_trainings, or why there is none. Needs a key with the appointments:write habilitation.", inputSchema: appointmentInput, outputSchema: appointmentOutput, annotations: READ_ONLY },
    async (args) => guarded(() => getAppointmentLink(client, args)),
  );
  return server;
}

/** A tool's answer, or its failure as a tool error (never a protocol error: the assistant reads it and can correct itself). */
async function guarded(run: () => Promise<ToolResult>): Promise<ToolResult> {
  try {
    return await run();
  } catch (error) {
    return toolError(error);
  }
}

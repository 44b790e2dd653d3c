import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { createLbaClient, type LbaClientOptions } from "../../src/index.js";
import { createLbaMcpServer } from "../../src/mcp/index.js";
import { MOCK_API_KEY, startMockServer, type MockServer, type MockServerOptions } from "../../src/testing/index.js";

/** Towns the stand-in geocoder knows, as the national geocoder answers them (GeoJSON, [longitude, latitude]). */
export const TOWNS = [
  { label: "Rennes", citycode: "35238", postcode: "35000", context: "35, Ille-et-Vilaine, Bretagne", coordinates: [-1.68, 48.11] },
  { label: "Nantes", citycode: "44109", postcode: "44000", context: "44, Loire-Atlantique, Pays de la Loire", coordinates: [-1.5536, 47.2184] },
];

/** A stand-in of the national address geocoder on 127.0.0.1, counting its requests. */
export async function startGeocoder(): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    requests.push(url.searchParams.get("q") ?? "");
    const q = (url.searchParams.get("q") ?? "").toLowerCase();
    const features = TOWNS.filter((t) => q.includes(t.label.toLowerCase())).map((t) => ({
      type: "Feature",
      geometry: { type: "Point", coordinates: t.coordinates },
      properties: { label: t.label, score: 0.95, type: "municipality", name: t.label, postcode: t.postcode, citycode: t.citycode, city: t.label, context: t.context },
    }));
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ type: "FeatureCollection", features }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface Harness {
  mcp: Client;
  api: MockServer;
  geocoder: Awaited<ReturnType<typeof startGeocoder>>;
  close(): Promise<void>;
}

/** An MCP client connected in process to the server, over a client of the mock API. */
export async function connect(options: { client?: Partial<LbaClientOptions>; mock?: MockServerOptions; apiKey?: string | null } = {}): Promise<Harness> {
  const api = await startMockServer(options.mock ?? {});
  const geocoder = await startGeocoder();
  const apiKey = options.apiKey === undefined ? MOCK_API_KEY : options.apiKey;
  const client = createLbaClient({
    caller: "mcp-test",
    baseUrl: api.url,
    apiApprentissageBaseUrl: api.apiApprentissageUrl,
    geocoderBaseUrl: geocoder.url,
    ...(apiKey !== null ? { apiKey } : {}),
    ...options.client,
    legacy: false,
  } as LbaClientOptions & { legacy: false });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createLbaMcpServer(client, { version: "test" }).connect(serverSide);
  const mcp = new Client({ name: "test", version: "1" });
  await mcp.connect(clientSide);
  return {
    mcp,
    api,
    geocoder,
    close: async () => {
      await mcp.close();
      await api.close();
      await geocoder.close();
    },
  };
}

/** A tool's text and structured content. */
export async function call(mcp: Client, name: string, args: Record<string, unknown>): Promise<{ isError: boolean; text: string; data: any }> {
  const result = (await mcp.callTool({ name, arguments: args })) as { isError?: boolean; content: { type: string; text?: string }[]; structuredContent?: unknown };
  return { isError: result.isError === true, text: result.content.map((c) => c.text ?? "").join("\n"), data: result.structuredContent };
}

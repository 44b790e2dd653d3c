/**
 * The mock API as a `fetch` function: the lightest way to test code using the SDK (no server, no
 * msw), in any runtime that has `Request`/`Response` (Node 18+, browsers, workers).
 */
import { createMockApi, isMockApi, mockRequestBody, type MockApi, type MockApiOptions } from "./mock-api.js";

/**
 * A `fetch` answering from the mock API, with the API behind it (to `reset()` it between tests).
 *
 * @example
 * ```ts
 * import { createLbaClient } from "labonnealternance";
 * import { createMockFetch, MOCK_API_KEY } from "labonnealternance/testing";
 * const mockFetch = createMockFetch({ rateLimits: false });
 * const client = createLbaClient({ caller: "tests", apiKey: MOCK_API_KEY, fetch: mockFetch });
 * mockFetch.api.reset();
 * ```
 */
export interface MockFetch {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** The mock API answering. */
  readonly api: MockApi;
}

/**
 * Creates a {@link MockFetch}. Any origin is accepted: only the path, query, headers and body are
 * read, so both hosts of today's API (`https://labonnealternance.apprentissage.beta.gouv.fr/api/v1/...`
 * and `https://api.apprentissage.beta.gouv.fr/api/job/v1/...`) are answered by the same mock.
 *
 * @example
 * ```ts
 * const mockFetch = createMockFetch();
 * const res = await mockFetch("https://labonnealternance.apprentissage.beta.gouv.fr/api/v1/metiers/all");
 * (await res.json()).metiers.length; // > 0
 * ```
 */
export function createMockFetch(options: MockApiOptions | MockApi = {}): MockFetch {
  const api = isMockApi(options) ? options : createMockApi(options);
  const mockFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (request.signal.aborted) throw request.signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
    const body = mockRequestBody(request.method === "GET" || request.method === "HEAD" ? "" : await request.text());
    const answer = api.handle({ method: request.method, url: request.url, body, headers: Object.fromEntries(request.headers) });
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers: answer.headers });
  };
  return Object.assign(mockFetch, { api });
}

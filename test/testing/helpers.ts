import { createMockApi, type MockApiOptions } from "../../src/testing/index.js";

/** A mock API of the 2022 API (`legacy: true`) without rate limits, and a GET helper returning status + body. */
export function mockGet(options: MockApiOptions = {}) {
  const api = createMockApi({ legacy: true, rateLimits: false, ...options });
  return (url: string) => {
    const res = api.handle({ method: "GET", url });
    return { status: res.status, body: res.body as any, headers: res.headers };
  };
}

export const NANTES = "latitude=47.2184&longitude=-1.5536&insee=44109";

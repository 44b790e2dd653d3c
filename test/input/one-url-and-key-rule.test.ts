import { describe, expect, it } from "vitest";
import { applyUrl, createLbaClient, createRawClient, widgetIframe, widgetUrl } from "../../src/index.js";
import { createLegacyLbaClient, createLegacyRawClient, legacyApplyUrl, legacyWidgetUrl, listenToWidget } from "../../src/legacy/index.js";
import { createHttpFetch } from "../../src/http/index.js";
import { keyScope } from "../../src/http/key-scope.js";
import { apiKeyProblem } from "../../src/input/api-key.js";
import { urlProblem } from "../../src/input/url.js";
import { inputError } from "../support/input-error.js";

// One URL rule and one API-key rule (src/input/url.ts, src/input/api-key.ts) for every place a
// user gives one: each entry refuses the same values with the same problem, naming its own field,
// before any request (the fetch given here records every call).
const caller = "contact@example.fr one-rule";
const calls: string[] = [];
const fetch = async (request: Request): Promise<Response> => {
  calls.push(request.url);
  return new Response("{}");
};

/** Every place a base URL is given, as (value) => the call that checks it, and the field it names. */
const BASE_URL_ENTRIES: [string, string, (url: unknown) => unknown][] = [
  ["createLbaClient", "baseUrl", (url) => createLbaClient({ caller, fetch, baseUrl: url as string })],
  ["createLbaClient", "apiApprentissageBaseUrl", (url) => createLbaClient({ caller, fetch, apiApprentissageBaseUrl: url as string })],
  ["createLbaClient", "geocoderBaseUrl", (url) => createLbaClient({ caller, fetch, geocoderBaseUrl: url as string })],
  ["createLegacyLbaClient", "baseUrl", (url) => createLegacyLbaClient({ caller, fetch, baseUrl: url as string })],
  ["createRawClient", "baseUrl", (url) => createRawClient({ caller, fetch, baseUrl: url as string })],
  ["createLegacyRawClient", "baseUrl", (url) => createLegacyRawClient({ caller, fetch, baseUrl: url as string })],
  ["createHttpFetch", "apiKeyBaseUrl", (url) => createHttpFetch({ apiKey: "k", apiKeyBaseUrl: url as string })],
  ["widgetUrl", "baseUrl", (url) => widgetUrl({ caller, baseUrl: url as string })],
  ["widgetIframe", "baseUrl", (url) => widgetIframe({ caller, baseUrl: url as string })],
  ["applyUrl", "baseUrl", (url) => applyUrl({ caller, recipientId: "partners_0123456789abcdef01234567", baseUrl: url as string })],
  ["legacyWidgetUrl", "baseUrl", (url) => legacyWidgetUrl({ caller, baseUrl: url as string })],
  ["legacyApplyUrl", "baseUrl", (url) => legacyApplyUrl({ caller, itemId: "1", type: "lba", baseUrl: url as string })],
  ["listenToWidget", "baseUrl", (url) => listenToWidget({ contentWindow: null }, { onGoToPage() {} }, { targetWindow: { addEventListener() {}, removeEventListener() {} }, baseUrl: url as string })],
];

const BAD_FOR_ANY = ["ftp://example.org", "example.org/api", "https://user:secret@example.org", `https://example.org/${"a".repeat(2000)}`, "https://", 42, null];
const BAD_FOR_A_BASE = ["https://example.org/api?x=1", "https://example.org/api#top"];

describe("one URL rule", () => {
  it.each(BASE_URL_ENTRIES)("%s refuses a bad %s with the rule's problem, before any request", (_, field, run) => {
    for (const value of [...BAD_FOR_ANY, ...BAD_FOR_A_BASE]) {
      const error = inputError(() => run(value));
      const issue = error.issues.find((i) => i.field === field);
      expect(issue?.problem, `${field} = ${String(value).slice(0, 40)}`).toBe(urlProblem(value, "base"));
      // Credentials never appear in the message.
      expect(error.message).not.toContain("secret");
    }
    expect(calls).toEqual([]);
  });

  it.each(BASE_URL_ENTRIES)("%s accepts a good %s", (_, __, run) => {
    expect(() => run("https://proxy.example.org/lba/")).not.toThrow();
  });

  it("a page address (the 2022 widget's returnUri) may carry a query; the rest of the rule holds", () => {
    expect(new URL(legacyWidgetUrl({ caller, returnUri: "https://example.org/back?from=lba" })).searchParams.get("return_uri")).toBe("https://example.org/back?from=lba");
    for (const value of BAD_FOR_ANY) {
      expect(inputError(() => legacyWidgetUrl({ caller, returnUri: value as string })).issues[0]?.problem).toBe(urlProblem(value, "page"));
    }
  });
});

describe("one API-key rule", () => {
  const BAD_KEYS = ["", "my key", "key\r\nX-Evil: 1", "clé", "k".repeat(4097), 42, null];

  it("createLbaClient and the HTTP stack refuse the same keys with the same problem, never showing the key", () => {
    for (const key of BAD_KEYS) {
      const fromClient = inputError(() => createLbaClient({ caller, fetch, apiKey: key as string })).issues.find((i) => i.field === "apiKey");
      const fromStack = inputError(() => keyScope(key, undefined)).issues.find((i) => i.field === "apiKey");
      expect(fromClient?.problem).toBe(apiKeyProblem(key));
      expect(fromStack?.problem).toBe(apiKeyProblem(key));
      expect(fromClient?.expected).toBe(fromStack?.expected);
      expect(fromClient).not.toHaveProperty("value");
      expect(fromStack).not.toHaveProperty("value");
    }
    expect(calls).toEqual([]);
  });

  it("accepts a real key's form (a JWT)", () => {
    expect(apiKeyProblem("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl")).toBeUndefined();
    expect(() => createLbaClient({ caller, fetch, apiKey: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl" })).not.toThrow();
  });
});

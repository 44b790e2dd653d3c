import { formatInputIssue, LbaAuthError, LbaError, LbaInputError, LbaRateLimitError } from "../index.js";

/** What a tool handler returns: the MCP SDK's CallToolResult, kept structural so this file needs no SDK import. */
export interface ToolResult {
  [key: string]: unknown;
  content: { type: "text"; text: string }[];
  structuredContent?: Record<string, unknown>;
  isError?: boolean;
}

/**
 * A successful answer: the structured content the tool's output schema describes, and a short text
 * for clients that only show text.
 *
 * @example
 * ```ts
 * toolAnswer({ total: 0, items: [] }, "No training found.");
 * ```
 */
export function toolAnswer(structured: Record<string, unknown>, summary: string): ToolResult {
  return { content: [{ type: "text", text: summary }], structuredContent: structured };
}

/**
 * A failure as an MCP tool error (`isError: true`), which the assistant reads and can act on: bad
 * arguments name the argument, what is wrong and what is accepted (the SDK's own words); API failures
 * say what happened. The SDK's messages carry no key and no personal data, and nothing else is added.
 *
 * @example
 * ```ts
 * declare const error: unknown;
 * const result = toolError(error); // { content: [{ type: "text", text: "..." }], isError: true }
 * ```
 */
export function toolError(error: unknown): ToolResult {
  return { content: [{ type: "text", text: describeError(error) }], isError: true };
}

function describeError(error: unknown): string {
  if (LbaInputError.is(error)) {
    // The SDK tells a library user to pass `apiKey` to createLbaClient; the server's user sets an environment variable.
    if (error.issues.some((issue) => issue.field === "apiKey")) {
      return "This tool needs a La Bonne Alternance API key: set LBA_API_KEY in the MCP server's environment (a free account on https://api.apprentissage.beta.gouv.fr gives one).";
    }
    return `Invalid arguments: ${error.issues.map(formatInputIssue).join("; ")}`;
  }
  if (LbaRateLimitError.is(error)) return `The API's rate limit was reached: ${firstLine(error.message)} Try again later, or ask for fewer results.`;
  if (LbaAuthError.is(error)) return `The API refused the key: ${firstLine(error.message)} Check LBA_API_KEY in the MCP server's environment.`;
  if (LbaError.is(error)) return `The API call failed: ${firstLine(error.message)}`;
  return `Unexpected error: ${error instanceof Error ? firstLine(error.message) : "unknown"}`;
}

function firstLine(text: string): string {
  return text.split("\n")[0] ?? "";
}

/*
 * The signed link, from the gateway (`GET /job/v1/export`: any valid key, 2 per minute): through
 * the one request path, so it has the key, the limiter, retries and typed errors like any call.
 */
import type { LbaCallOptions } from "../../../core/call-options.js";
import type { LiveContext } from "../../../core/context.js";
import type { CallScope } from "../../../core/response-meta.js";
import { kit } from "./export-kit.js";
import type { ExportLink } from "./export-stream.js";

/** The link's validity when its URL does not say (the server signs for 120 s: LIVE-API-PARTNERS.md §3). */
const DEFAULT_VALIDITY_S = 120;
const PATH = "/job/v1/export";

/**
 * Asks the gateway for a signed link to the export file.
 *
 * @example
 * ```ts
 * declare const ctx: LiveContext;
 * const link = await requestExportLink(ctx, {}, { responses: [] }, new AbortController().signal);
 * link.lastUpdate; // "2026-08-22T01:12:40.000Z"
 * ```
 */
export async function requestExportLink(ctx: LiveContext, options: LbaCallOptions, scope: CallScope, signal: AbortSignal): Promise<ExportLink> {
  const { runRequest, LbaResponseValidationError } = kit();
  const asked = Date.now();
  // Validated by the registry's schema (lenient: drift reported), then the link itself checked below.
  const body = await runRequest(ctx, { key: "jobExport", method: "GET", path: PATH }, { options, signal, scope }, (init) => ctx.jobs.GET(PATH, { ...init }));
  const { url, lastUpdate } = (typeof body === "object" && body !== null ? body : {}) as { url?: unknown; lastUpdate?: unknown };
  const issues = [];
  if (typeof url !== "string" || !/^https?:\/\//i.test(url)) issues.push({ path: "url", message: "expected the signed link, an absolute http(s) URL" });
  if (typeof lastUpdate !== "string") issues.push({ path: "lastUpdate", message: "expected an ISO date-time string" });
  if (issues.length > 0) throw new LbaResponseValidationError(`GET ${PATH}`, issues);
  const validityMs = validityOf(url as string) * 1000;
  return { url: url as string, lastUpdate: lastUpdate as string, expiresAt: asked + validityMs, validityMs };
}

/** `X-Amz-Expires` of a pre-signed S3 URL (seconds), else the server's 120 s. */
function validityOf(url: string): number {
  const expires = Number(new URL(url).searchParams.get("X-Amz-Expires") ?? Number.NaN);
  return Number.isFinite(expires) && expires > 0 ? Math.min(expires, DEFAULT_VALIDITY_S * 60) : DEFAULT_VALIDITY_S;
}

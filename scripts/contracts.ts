/**
 * The three contracts `npm run generate` types, each through the same two reviewable stages
 * (normalize: structural fixes only; corrections: data corrections, each with its reason) and then
 * openapi-typescript:
 *
 * | id | input (spec/) | output |
 * | --- | --- | --- |
 * | `lba-2022` | swagger.json (the `legacy: true` API) | generated/openapi.ts |
 * | `lba-2026` | lba-2026.openapi.json (La Bonne Alternance today) | generated/lba-2026.ts |
 * | `api-apprentissage-jobs` | api-apprentissage-jobs.openapi.json (the gateway's job routes) | generated/api-apprentissage-jobs.ts |
 */
import { normalizeSpec } from "./normalize.js";
import { applyCorrections } from "./corrections.js";
import { normalizeOpenApi31 } from "./normalize-openapi31.js";
import { applyLba2026Corrections } from "./corrections-lba-2026.js";
import { applyApiApprentissageCorrections } from "./corrections-api-apprentissage.js";
import type { OpenAPIV3Document } from "./normalize.js";
// The servers the contracts name are the SDK's own defaults: one place for each URL.
import { API_APPRENTISSAGE_BASE_URL, PRODUCTION_BASE_URL } from "../src/core/base-urls.js";

/**
 * The name of a contract, as `--only` takes it.
 *
 * @example
 * ```ts
 * const id: ContractId = "lba-2026";
 * ```
 */
export type ContractId = "lba-2022" | "lba-2026" | "api-apprentissage-jobs";

/**
 * One contract: where it comes from, where its types go, and how it is made usable.
 *
 * @example
 * ```ts
 * const lba = CONTRACTS.find((c) => c.id === "lba-2026")!;
 * lba.output; // "generated/lba-2026.ts"
 * ```
 */
export interface Contract {
  id: ContractId;
  /** File name of the default input in the repository's spec/ (see spec/SOURCES.md). */
  input: string;
  /** Output, relative to the repository root. */
  output: string;
  /** CLI options that override the input and the output. */
  flags: { spec: string; out: string };
  /** What the generated file says about where it comes from (kept stable: changing it makes the file stale). */
  source: string;
  /** Normalize, then correct. Throws an `Error` with a one-line message on a document it cannot use. */
  transform(raw: unknown): OpenAPIV3Document;
}

/**
 * Stage 1 for lba-2026.openapi.json: its servers omit `/api` (so the paths get it and the server is
 * the origin; the `/v2` server does not exist), and its gateway-only routes require a security scheme
 * it never defines (the gateway's signed token, sent in `Authorization`).
 *
 * @example
 * ```ts
 * Object.keys(normalizeLba2026(raw).paths)[1]; // "/api/v1/formations"
 * ```
 */
export function normalizeLba2026(raw: unknown): OpenAPIV3Document {
  return normalizeOpenApi31(raw, {
    server: { url: PRODUCTION_BASE_URL, description: "Production (paths carry the /api prefix)" },
    pathPrefix: "/api",
    securitySchemes: {
      "api-apprentissage": {
        type: "apiKey",
        in: "header",
        name: "authorization",
        description: "A token signed by API Apprentissage: only the gateway can call the routes that require it.",
      },
    },
  });
}

/**
 * Stage 1 for api-apprentissage-jobs.openapi.json: already valid; only the 3.1 idioms and nullable
 * enums need work.
 *
 * @example
 * ```ts
 * normalizeApiApprentissageJobs(raw).servers; // [{ url: "https://api.apprentissage.beta.gouv.fr/api", ... }]
 * ```
 */
export function normalizeApiApprentissageJobs(raw: unknown): OpenAPIV3Document {
  return normalizeOpenApi31(raw, { server: { url: API_APPRENTISSAGE_BASE_URL, description: "Production (API key as Bearer token)" } });
}

/**
 * The contracts, in the order they are generated.
 *
 * @example
 * ```ts
 * CONTRACTS.map((c) => c.output); // ["generated/openapi.ts", "generated/lba-2026.ts", "generated/api-apprentissage-jobs.ts"]
 * ```
 */
export const CONTRACTS: readonly Contract[] = [
  {
    id: "lba-2022",
    input: "swagger.json",
    output: "generated/openapi.ts",
    flags: { spec: "spec", out: "out" },
    source: "the La Bonne Alternance spec\n * (normalized by scripts/normalize.ts, corrected by scripts/corrections.ts, typed by openapi-typescript).",
    transform: (raw) => applyCorrections(normalizeSpec(raw)),
  },
  {
    id: "lba-2026",
    input: "lba-2026.openapi.json",
    output: "generated/lba-2026.ts",
    flags: { spec: "lba-2026-spec", out: "lba-2026-out" },
    source:
      "the La Bonne Alternance server's 2026 contract, lba-2026.openapi.json\n * (normalized by scripts/normalize-openapi31.ts, corrected by scripts/corrections-lba-2026.ts, typed by openapi-typescript).",
    transform: (raw) => applyLba2026Corrections(normalizeLba2026(raw)),
  },
  {
    id: "api-apprentissage-jobs",
    input: "api-apprentissage-jobs.openapi.json",
    output: "generated/api-apprentissage-jobs.ts",
    flags: { spec: "jobs-spec", out: "jobs-out" },
    source:
      "API Apprentissage's job routes, api-apprentissage-jobs.openapi.json\n * (normalized by scripts/normalize-openapi31.ts, corrected by scripts/corrections-api-apprentissage.ts, typed by openapi-typescript).",
    transform: (raw) => applyApiApprentissageCorrections(normalizeApiApprentissageJobs(raw)),
  },
];

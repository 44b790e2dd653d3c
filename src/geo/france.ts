import { LbaInputError } from "../errors/index.js";
import type { FranceArea } from "./area.js";
import { own } from "../input/own.js";

/**
 * Options of {@link france}.
 *
 * @example
 * ```ts
 * import { france, type FranceOptions } from "labonnealternance";
 * const options: FranceOptions = { exhaustive: true };
 * const everywhere = france(options);
 * ```
 */
export interface FranceOptions {
  /**
   * `false`: one nation-wide request, whose results the server caps (150 formations, 150 companies...).
   * `true`: searches that support it split the request (by region) to get past the caps, at the cost of
   * more requests.
   * @default false
   * @example true
   */
  exhaustive?: boolean | undefined;
}

/**
 * All of France (for job searches: no location sent, which the server reads as "France entière").
 *
 * @example
 * ```ts
 * france();                      // { kind: "france", exhaustive: false }
 * france({ exhaustive: true });  // split by region where supported
 * ```
 */
export function france(options?: FranceOptions): FranceArea {
  if (options === undefined) return buildFrance({}, "");
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new LbaInputError({ field: "options", problem: "is not an object", expected: "france() or france({ exhaustive: true })", value: options === null ? null : typeof options });
  }
  const unknown = Object.keys(options).filter((key) => key !== "exhaustive");
  if (unknown.length > 0) {
    throw new LbaInputError(unknown.map((key) => ({ field: `options.${key}`, problem: "is not a known option", expected: "only exhaustive" })));
  }
  return buildFrance(options, "");
}

/** Validates a france area's fields; `prefix` names them in errors. */
export function buildFrance(input: { exhaustive?: unknown }, prefix: string): FranceArea {
  const given = own(input, "exhaustive");
  const exhaustive = given === undefined ? false : given;
  if (typeof exhaustive !== "boolean") {
    throw new LbaInputError({ field: prefix ? `${prefix}.exhaustive` : "exhaustive", problem: "is not a boolean", expected: "true or false", value: exhaustive });
  }
  return Object.freeze({ kind: "france", exhaustive });
}

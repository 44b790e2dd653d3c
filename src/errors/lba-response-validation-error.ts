import { LbaError } from "./lba-error.js";

/**
 * One place where a response did not match its schema.
 * @example `for (const issue of error.issues) console.log(issue.path, issue.message)`
 */
export interface LbaValidationIssue {
  /** Path in the response, e.g. `results[3].place.latitude`. */
  path: string;
  /** What was expected there. */
  message: string;
}

/**
 * A response did not match its schema and `validation: "strict"` was asked for (the default,
 * `"lenient"`, reports drift through `onValidationIssue` and never throws).
 *
 * @example
 * ```ts
 * import { LbaResponseValidationError, type LbaClient, type SearchFormationsQuery } from "labonnealternance";
 *
 * declare const client: LbaClient;
 * declare const query: SearchFormationsQuery;
 * try {
 *   await client.searchFormations(query, { validation: "strict" });
 * } catch (error) {
 *   if (error instanceof LbaResponseValidationError) for (const i of error.issues) console.log(i.path);
 * }
 * ```
 */
export class LbaResponseValidationError extends LbaError {
  static override readonly brand: string = "LbaResponseValidationError";
  override name = "LbaResponseValidationError";
  declare readonly issues: readonly LbaValidationIssue[];
  /** The operation whose response failed (`"GET /api/V1/formations"`). */
  declare readonly operation: string;

  constructor(operation: string, issues: readonly LbaValidationIssue[]) {
    const shown = issues.slice(0, 10).map((i) => `  ${i.path || "(root)"}: ${i.message}`);
    const more = issues.length > 10 ? [`  ... and ${issues.length - 10} more`] : [];
    super([`Response of ${operation} does not match its schema:`, ...shown, ...more].join("\n"));
    // In the order of the declarations above (the order of Object.keys and toJSON).
    this.issues = issues;
    this.operation = operation;
  }
}

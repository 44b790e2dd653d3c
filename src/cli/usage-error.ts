/**
 * A usage error of the CLI: an unknown command or flag, a missing or malformed value, flags that
 * conflict. Exit code 2, like an `LbaInputError`.
 *
 * @example
 * ```ts
 * throw new CliUsageError("--json and --csv: choose one output format");
 * ```
 */
export class CliUsageError extends Error {
  override name = "CliUsageError";
}

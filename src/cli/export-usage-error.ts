/** A bad flag of `labonnealternance export` (exit code 2). Its own class, so the command does not depend on the other commands' parser. */
export class ExportUsageError extends Error {
  override name = "ExportUsageError";
}

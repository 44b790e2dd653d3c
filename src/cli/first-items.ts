import type { Paginator } from "../index.js";
import { toLiveRow, toRow, type Row } from "./format.js";

/** What a command prints: rows for the table and CSV, the value for `--json`, a closing note. */
export interface CliResult {
  rows: Row[];
  json: unknown;
  note?: string;
}

/**
 * `--limit n` on a search: the first `n` items of the paginated search, after which nothing more
 * is sent and what is in flight is cancelled (issue 20: `--limit 3` used to fetch every result,
 * then print three). `--json` prints those items as one array.
 *
 * Failed requests are collected, as the one-shot searches do; a search that found nothing because
 * its requests failed ends with the first failure's error (exit code 1).
 *
 * @example
 * ```ts
 * declare const client: import("../index.js").LbaClient;
 * const { rows } = await firstItems(client.paginate.formations({ romes: "M1805" }, { pageSize: 3, failures: "collect" }), 3);
 * ```
 */
export async function firstItems(pager: Paginator<unknown>, limit: number): Promise<CliResult> {
  const items = await pager.toArray({ limit });
  const failures = pager.failures;
  if (items.length === 0 && failures.length > 0) throw failures[0]!.error;
  // Today's offers and companies carry `identifier`; trainings (and every 2022 item) do not.
  const rows = items.map((item) => (typeof item === "object" && item !== null && "identifier" in item ? toLiveRow(item as never) : toRow(item as never)));
  const failed = failures.length > 0 ? `, ${failures.length} request(s) failed` : "";
  const stopped = items.length >= limit ? `, stopped at --limit ${limit}` : "";
  return { rows, json: items, note: `${items.length} item(s)${stopped}${failed}` };
}

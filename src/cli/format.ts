/** Output formats of the CLI: a readable table, CSV (RFC 4180) and JSON. */

/** One row of output, whatever the kind of item. */
export interface Row {
  source: string;
  title: string;
  place: string;
  distance: string;
  detail: string;
}

const COLUMNS: (keyof Row)[] = ["source", "title", "place", "distance", "detail"];

/** A row from any search item (formation, offer, company). */
export function toRow(item: Record<string, any>): Row {
  const place = item.place ?? {};
  const distance = typeof place.distance === "number" ? `${place.distance.toFixed(1)} km` : "";
  const detail = item.ideaType === "formation" ? (item.diplomaLevel ?? item.company?.name ?? "") : (item.company?.name ?? item.job?.contractType ?? "");
  return {
    source: String(item.ideaType ?? ""),
    title: String(item.title ?? item.longTitle ?? "(no title)"),
    place: String(place.city ?? place.fullAddress ?? ""),
    distance,
    detail: String(detail ?? ""),
  };
}

/** A row from an offer or a company of today's API (`offer` says which). */
export function toLiveRow(item: Record<string, any>): Row {
  const workplace = item.workplace ?? {};
  const isOffer = typeof item.offer === "object" && item.offer !== null;
  return {
    source: isOffer ? String(item.identifier?.partner_label ?? "offer") : "company",
    title: String((isOffer ? item.offer.title : (workplace.name ?? workplace.brand ?? workplace.legal_name)) ?? "(no title)"),
    place: String(workplace.location?.address ?? ""),
    distance: "",
    detail: String(isOffer ? (workplace.name ?? workplace.legal_name ?? "") : (workplace.domain?.naf?.label ?? "")),
  };
}

/** A table fitted to `width` columns: the title takes what the others leave, long cells end in "…". */
export function formatTable(rows: readonly Row[], width = 100): string {
  if (rows.length === 0) return "(no results)\n";
  const fixed: Record<keyof Row, number> = { source: 10, title: 0, place: 20, distance: 9, detail: 22 };
  fixed.title = Math.max(16, width - (fixed.source + fixed.place + fixed.distance + fixed.detail) - 8);
  const cell = (text: string, size: number) => (text.length > size ? `${text.slice(0, size - 1)}…` : text.padEnd(size));
  const line = (r: Row) => COLUMNS.map((c) => cell(r[c], fixed[c])).join("  ").trimEnd();
  const header = line({ source: "SOURCE", title: "TITLE", place: "PLACE", distance: "DISTANCE", detail: "DETAIL" });
  return [header, "-".repeat(Math.min(width, header.length)), ...rows.map(line)].join("\n") + "\n";
}

/** RFC 4180: a header, CRLF line ends, fields quoted when they hold a comma, a quote or a line end. */
export function formatCsv(rows: readonly Row[]): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return [COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => quote(r[c])).join(","))].join("\r\n") + "\r\n";
}

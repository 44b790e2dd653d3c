/**
 * The mock's national export file (`exportJobsToS3V2.<env>.json`), generated on the fly rather
 * than held in memory: ONE JSON array of items pretty-printed with 2-space indentation, separated
 * by `,` without newline (LIVE-API-PARTNERS.md §3), offers and `recruteurs_lba` companies mixed.
 *
 * Items are stamped from a few dozen serialized templates (realistic items of the factories) with
 * their own 24-hex id, so every item has the size of its template: the file's size and the item
 * at any byte are computed, not scanned, and a `Range` from any byte costs no more than from 0.
 * A "garbage" item (a fault for tests) is valid JSON that is not an item, padded to the same size.
 */
import { makeJobOfferRead, makeJobRecruiter, type JobOfferSource } from "../../factories-live.js";

/** Options of {@link createExportFile}. @example `{ sizeBytes: 5_000_000, garbageItems: [3] }` */
export interface ExportFileOptions {
  /** Seed of the templates. @default "export" */
  seed?: string;
  /** Number of items; when not given, derived from `sizeBytes`. @default from sizeBytes */
  items?: number;
  /** Approximate size of the file in bytes (whole items: the file is at most one item larger). @default 2_000_000 */
  sizeBytes?: number;
  /** Share of `recruteurs_lba` companies among the items (as in 2026, about half). @default 0.5 */
  companyShare?: number;
  /** Indexes (from 0) of items replaced by garbage: valid JSON, not an item. @default [] */
  garbageItems?: readonly number[];
}

/** A generated export file. @example `const file = createExportFile({ items: 10 }); file.totalBytes;` */
export interface ExportFile {
  readonly items: number;
  readonly totalBytes: number;
  /** Items that are companies, among `items` (garbage excluded). */
  readonly companies: number;
  /** The file's bytes from `start` (inclusive) to `end` (exclusive), in chunks of about `chunkBytes`. */
  chunks(start?: number, end?: number, chunkBytes?: number): Generator<Uint8Array>;
  /** The 24-hex id of item `index` (`identifier.id`). */
  idOf(index: number): string;
}

const MARKER = "0123456789abcdef01234567";
const TEMPLATES = 48;
const SOURCES: readonly JobOfferSource[] = ["lba", "franceTravail", "partner"];
// Workplaces all over France (mainland, Corsica, overseas), so filters by department have work to do.
const DEPARTMENTS = ["75", "69", "13", "33", "44", "35", "59", "31", "67", "2A", "974", "06", "29", "63"];
const encoder = new TextEncoder();

interface Template {
  bytes: Uint8Array;
  /** Byte positions of the id marker. */
  marks: number[];
  company: boolean;
}

/**
 * Makes the file's description; its bytes are produced when read.
 *
 * @example
 * ```ts
 * const file = createExportFile({ items: 3, garbageItems: [1] });
 * const text = new TextDecoder().decode(Buffer.concat([...file.chunks()]));
 * JSON.parse(text).length; // 3
 * ```
 */
export function createExportFile(options: ExportFileOptions = {}): ExportFile {
  const seed = options.seed ?? "export";
  const share = Math.min(1, Math.max(0, options.companyShare ?? 0.5));
  const templates = buildTemplates(seed, share);
  // Start of each template in a cycle of TEMPLATES items (each followed by its `,`).
  const starts: number[] = [];
  let cycle = 0;
  for (const t of templates) {
    starts.push(cycle);
    cycle += t.bytes.length + 1;
  }
  const items = options.items ?? Math.max(0, Math.round(((options.sizeBytes ?? 2_000_000) - 2) / (cycle / TEMPLATES)));
  const garbage = new Set(options.garbageItems ?? []);
  // Byte offset of item i: `[` then whole cycles then the templates before it in its cycle.
  const offsetOf = (i: number): number => 1 + Math.floor(i / TEMPLATES) * cycle + starts[i % TEMPLATES]!;
  const totalBytes = items === 0 ? 2 : offsetOf(items);
  let companies = 0;
  for (let t = 0; t < TEMPLATES; t++) {
    if (!templates[t]!.company) continue;
    companies += Math.floor(items / TEMPLATES) + (t < items % TEMPLATES ? 1 : 0);
  }
  for (const g of garbage) if (g < items && templates[g % TEMPLATES]!.company) companies--;

  function itemBytes(i: number): Uint8Array {
    const t = templates[i % TEMPLATES]!;
    if (garbage.has(i)) return garbageOf(t.bytes.length);
    const out = t.bytes.slice();
    const id = encoder.encode(idOf(i));
    for (const at of t.marks) out.set(id, at);
    return out;
  }

  function* chunks(start = 0, end = totalBytes, chunkBytes = 64 * 1024): Generator<Uint8Array> {
    const to = Math.min(end, totalBytes);
    let at = Math.max(0, start);
    if (at >= to) return;
    // The item holding `at` (binary search over item offsets), then every item after it.
    let lo = 0;
    let hi = items;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsetOf(mid) <= at) lo = mid;
      else hi = mid - 1;
    }
    let i = items === 0 || at === 0 ? -1 : lo;
    let buffer = new Uint8Array(chunkBytes + 8192);
    let fill = 0;
    // The bytes of position `i` (-1: the opening `[`), beginning at file offset `from`.
    const pieceAt = (k: number): { bytes: Uint8Array; from: number } => {
      if (k === -1) return { bytes: encoder.encode(items === 0 ? "[]" : "["), from: 0 };
      const body = itemBytes(k);
      const tail = k === items - 1 ? "]" : ",";
      const bytes = new Uint8Array(body.length + 1);
      bytes.set(body);
      bytes[body.length] = tail.charCodeAt(0);
      return { bytes, from: offsetOf(k) };
    };
    while (at < to && i < items) {
      const piece = pieceAt(i);
      const skip = at - piece.from;
      const take = piece.bytes.subarray(skip, Math.min(piece.bytes.length, to - piece.from));
      if (fill + take.length > buffer.length) {
        if (fill > 0) yield buffer.subarray(0, fill);
        buffer = new Uint8Array(Math.max(chunkBytes + 8192, take.length));
        fill = 0;
      }
      buffer.set(take, fill);
      fill += take.length;
      at += take.length;
      i++;
      if (fill >= chunkBytes) {
        yield buffer.subarray(0, fill);
        buffer = new Uint8Array(chunkBytes + 8192);
        fill = 0;
      }
    }
    if (fill > 0) yield buffer.subarray(0, fill);
  }

  return { items, totalBytes, companies, chunks, idOf };
}

/** The id of item `i`: 24 hex digits, unique per item. */
function idOf(i: number): string {
  return `6a${i.toString(16).padStart(22, "0")}`;
}

function garbageOf(size: number): Uint8Array {
  const text = '{"identifier":"garbage","offer":42}';
  // Padding inside the object (whitespace), so the item keeps its template's size.
  return encoder.encode(`${text.slice(0, -1)}${" ".repeat(Math.max(0, size - text.length))}}`);
}

function buildTemplates(seed: string, share: number): Template[] {
  const templates: Template[] = [];
  const companyCount = Math.round(share * TEMPLATES);
  for (let t = 0; t < TEMPLATES; t++) {
    // Companies spread among offers (every k-th template), not in one block.
    const company = companyCount > 0 && Math.floor(((t + 1) * companyCount) / TEMPLATES) > Math.floor((t * companyCount) / TEMPLATES);
    const item = company ? companyItem(seed, t) : offerItem(seed, t);
    const text = JSON.stringify(item, null, 2);
    const bytes = encoder.encode(text);
    templates.push({ bytes, marks: marksOf(bytes), company });
  }
  return templates;
}

function offerItem(seed: string, t: number): object {
  const offer = makeJobOfferRead({}, { seed: `${seed}:${t}`, source: SOURCES[t % SOURCES.length]!, departement: DEPARTMENTS[Math.floor(t / 2) % DEPARTMENTS.length]! });
  offer.identifier.id = MARKER;
  if (offer.apply.recipient_id !== null) offer.apply.recipient_id = `partners_${MARKER}`;
  return offer;
}

/** A company as the file has it: an offer-shaped item titled "recruteurs_lba" (LIVE-API-PARTNERS.md §3). */
function companyItem(seed: string, t: number): object {
  const departement = DEPARTMENTS[Math.floor(t / 2) % DEPARTMENTS.length]!;
  const recruiter = makeJobRecruiter({}, { seed: `${seed}:${t}`, departement });
  const rome = makeJobOfferRead({}, { seed: `${seed}:${t}`, departement }).offer.rome_codes;
  return {
    identifier: { id: MARKER, partner_label: "recruteurs_lba", partner_job_id: recruiter.workplace.siret ?? MARKER },
    workplace: recruiter.workplace,
    apply: { ...recruiter.apply, recipient_id: `recruteurs_lba_${MARKER}` },
    contract: { start: null, duration: null, type: ["Apprentissage", "Professionnalisation"], remote: null },
    offer: {
      title: "recruteurs_lba",
      rome_codes: rome,
      description: "recruteurs_lba",
      target_diploma: null,
      desired_skills: [],
      to_be_acquired_skills: [],
      access_conditions: [],
      publication: { creation: null, expiration: null },
      opening_count: 1,
      status: "Active",
    },
    is_delegated: false,
  };
}

function marksOf(bytes: Uint8Array): number[] {
  const marker = encoder.encode(MARKER);
  const marks: number[] = [];
  outer: for (let i = 0; i + marker.length <= bytes.length; i++) {
    for (let j = 0; j < marker.length; j++) if (bytes[i + j] !== marker[j]) continue outer;
    marks.push(i);
  }
  return marks;
}

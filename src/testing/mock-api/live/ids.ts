/**
 * Identifiers that carry the identity of the entity they name, so the mock can answer
 * `/job/v1/offer/{id}`, `/formations/formation/{id}` and an application to a `recipient_id`
 * without remembering anything: the id is decoded, checked against the seed, and the entity is
 * rebuilt from the world. Ids from another seed, typos and invented ids are "unknown".
 */
import { hashParts } from "../../random.js";
import { MOCK_DEPARTMENTS, type MockDepartment } from "../data/departments.js";
import type { EntityKind } from "../world.js";

/** The identity of a generated entity. @example `{ kind: "peJob", department, key: "M1805", index: 2 }` */
export interface EntityIdentity {
  kind: EntityKind;
  department: MockDepartment;
  /** ROME code ("M1805"), or ROME group ("M18") for companies. */
  key: string;
  index: number;
}

const KIND_BYTES: Partial<Record<EntityKind, number>> = { matcha: 1, peJob: 2, partnerJob: 3, lba: 4 };
const hex = (value: number, bytes: number): string => value.toString(16).padStart(bytes * 2, "0");

/**
 * A 24-hex MongoDB ObjectId naming an offer or a recruiter: a plausible 2024-2025 timestamp, the
 * identity, and a checksum of the seed.
 *
 * @example
 * ```ts
 * declare const department: MockDepartment;
 * objectIdOf("seed", { kind: "peJob", department, key: "M1805", index: 0 }); // e.g. "6712a9c1020b0c070b00e41f"
 * ```
 */
export function objectIdOf(seed: string, identity: EntityIdentity): string {
  const { kind, department, key, index } = identity;
  const kindByte = KIND_BYTES[kind];
  if (kindByte === undefined) throw new Error(`no ObjectId for ${kind} entities`);
  const ts = 0x66000000 + (hashParts(seed, "oid-ts", kind, department.code, key, index) % 0x03000000);
  const check = hashParts(seed, "oid", kind, department.code, key, index) & 0xffff;
  const letter = key.charCodeAt(0) - 65;
  const digits = Number.parseInt(key.slice(1), 10);
  return hex(ts, 4) + hex(kindByte, 1) + hex(MOCK_DEPARTMENTS.indexOf(department), 1) + hex(letter, 1) + hex(digits, 2) + hex(index, 1) + hex(check, 2);
}

/**
 * The identity an ObjectId names, when it is one of this seed's (not whether the entity exists:
 * the caller checks the index against the world).
 *
 * @example
 * ```ts
 * declare const identity: EntityIdentity;
 * parseObjectId("seed", objectIdOf("seed", identity))?.key; // "M1805"
 * parseObjectId("seed", "000000000000000000000000"); // undefined
 * ```
 */
export function parseObjectId(seed: string, id: string): EntityIdentity | undefined {
  if (!/^[0-9a-f]{24}$/i.test(id)) return undefined;
  const lower = id.toLowerCase();
  const byte = (offset: number, bytes = 1): number => Number.parseInt(lower.slice(offset * 2, (offset + bytes) * 2), 16);
  const kind = (Object.keys(KIND_BYTES) as EntityKind[]).find((k) => KIND_BYTES[k] === byte(4));
  const department = MOCK_DEPARTMENTS[byte(5)];
  const letter = byte(6);
  if (!kind || !department || letter > 25) return undefined;
  const width = kind === "lba" ? 2 : 4;
  const digits = byte(7, 2);
  if (digits >= 10 ** width) return undefined;
  const identity: EntityIdentity = { kind, department, key: String.fromCharCode(65 + letter) + String(digits).padStart(width, "0"), index: byte(9) };
  return objectIdOf(seed, identity) === lower ? identity : undefined;
}

/**
 * A "clé ministère éducatif" (the id of a training in today's API): digits and letters like the
 * catalogue's, the training site's SIRET and INSEE code, and a `#L01` suffix, so a client must
 * percent-encode it in a path (`#` would start a fragment).
 *
 * @example
 * ```ts
 * declare const department: MockDepartment;
 * cleOf("seed", { kind: "formation", department, key: "M1805", index: 1 }, "40400744500079", "44109");
 * // e.g. "482913P0043121805014040074450007944109#L01"
 * ```
 */
export function cleOf(seed: string, identity: EntityIdentity, siret: string, insee: string): string {
  const { department, key, index } = identity;
  const check = String(hashParts(seed, "cle", department.code, key, index) % 1_000_000).padStart(6, "0");
  const letter = String(key.charCodeAt(0) - 64).padStart(2, "0");
  return `${check}P0${String(MOCK_DEPARTMENTS.indexOf(department)).padStart(3, "0")}${letter}${key.slice(1)}${String(index).padStart(2, "0")}${siret}-${insee}#L01`;
}

/**
 * The identity a clé names (to be confirmed by rebuilding the training and comparing its clé).
 *
 * @example
 * ```ts
 * parseCle("482913P0043121805014040074450007944109#L01")?.key; // "M1805"
 * ```
 */
export function parseCle(id: string): EntityIdentity | undefined {
  const m = /^\d{6}P0(\d{3})(\d{2})(\d{4})(\d{2})\d{14}-/.exec(id);
  if (!m) return undefined;
  const department = MOCK_DEPARTMENTS[Number(m[1])];
  const letter = Number(m[2]);
  if (!department || letter < 1 || letter > 26) return undefined;
  return { kind: "formation", department, key: String.fromCharCode(64 + letter) + m[3], index: Number(m[4]) };
}

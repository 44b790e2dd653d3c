/**
 * generated, do not edit: `tsx src/validation/codegen/generate.ts` writes this file from the zod schemas of src/schemas
 * (descriptors by src/validation/codegen/from-zod.ts, checks by src/validation/codegen/emit-checks.ts).
 */
/* eslint-disable */
import type { SchemaNode } from "../src/validation/descriptor.js";
import { isNumericString } from "../src/schemas/numeric-string.js";

/** Where a check records drift it accepted (lenient validation). */
export interface DriftSink {
  /** A mark to come back to when a union's option fails. */
  m(): number;
  /** Forgets what was recorded since the mark. */
  r(mark: number): void;
  /** A field a strict object does not list, at the object's normalized path. */
  f(path: string, key: string, value: unknown): void;
  /**
   * A scalar (`s`), enum value (`v`) or place coordinate (`g`) that does not match, at `holder[key]`
   * (an object's field, or a list's element): true when repaired as the walk would (the write is
   * deferred until the whole check passed), false when only the walk can repair it.
   */
  s(path: string, value: unknown, node: SchemaNode, holder: any, key: string | number): boolean;
  v(path: string, value: unknown, node: SchemaNode, holder: any, key: string | number): boolean;
  g(path: string, value: unknown, node: SchemaNode, holder: any, key: string | number): boolean;
}

/** A compiled check: `d` undefined means exact (strict); `p` is the normalized path, only built when `d` is given. */
export type CompiledCheck = (v: any, d: DriftSink | undefined, p: string) => boolean;

const j = (p: string, k: string): string => (p === "" ? k : `${p}.${k}`);
/** Hands a mismatching scalar to the sink (collecting mode only), with its descriptor (number `node`). */
const R = (d: DriftSink | undefined, m: "s" | "v" | "g", path: string, x: unknown, node: number, holder: any, key: string | number): boolean => d !== undefined && d[m](path, x, N(node), holder, key);
/** The same for an object's field `k` (its path built only when collecting). */
const F = (d: DriftSink | undefined, m: "s" | "v" | "g", p: string, k: string, x: unknown, node: number, holder: any): boolean => d !== undefined && d[m](j(p, k), x, N(node), holder, k);

// The descriptors are built on first use (drift, the walk): an answer that matches exactly never
// needs them, and as top-level data they cost a fresh process several ms to compile at import.
let built: readonly SchemaNode[] | undefined;
/** Descriptor number `i`. */
const N = (i: number): SchemaNode => (built ??= nodes())[i]!;
const keySets: Set<string>[] = [];
/** The keys of strict object descriptor number `i`, as a set (drift only). */
const K = (i: number): Set<string> => (keySets[i] ??= new Set((N(i) as { keys: readonly string[] }).keys));

/** Every descriptor (plain data), children first, each node once. */
function nodes(): SchemaNode[] {
  const E0: readonly string[] = ["formation","peJob","lba","lbb","matcha","partnerJob"];
  const n0: SchemaNode = { t: "enum", values: E0 };
  const n1: SchemaNode = { t: "scalar", types: ["string"], o: 1, n: 1 };
  const n2: SchemaNode = { t: "scalar", types: ["boolean"], o: 1, n: 1 };
  const n3: SchemaNode = { t: "object", strict: true, keys: ["email","name","phone","info","iv","hasEmail","url"], required: 0, fields: { email: n1, name: n1, phone: n1, info: n1, iv: n1, hasEmail: n2, url: n1 }, o: 1, n: 1 };
  const n4: SchemaNode = { t: "scalar", types: ["number"], o: 1, n: 1 };
  const n5: SchemaNode = { t: "coord", o: 1, n: 1 };
  const n6: SchemaNode = { t: "object", strict: true, keys: ["distance","fullAddress","latitude","longitude","city","address","cedex","zipCode","insee","departementNumber","region","numberAndStreet","remoteOnly"], required: 0, fields: { distance: n4, fullAddress: n1, latitude: n5, longitude: n5, city: n1, address: n1, cedex: n1, zipCode: n1, insee: n1, departementNumber: n1, region: n1, numberAndStreet: n1, remoteOnly: n2 }, o: 1, n: 1 };
  const n7: SchemaNode = { t: "object", strict: true, keys: ["distance","fullAddress","latitude","longitude","city","address","cedex","zipCode","insee","departementNumber","region","numberAndStreet","remoteOnly"], required: 0, fields: { distance: n4, fullAddress: n1, latitude: n5, longitude: n5, city: n1, address: n1, cedex: n1, zipCode: n1, insee: n1, departementNumber: n1, region: n1, numberAndStreet: n1, remoteOnly: n2 }, o: 1, n: 1 };
  const n8: SchemaNode = { t: "object", strict: true, keys: ["id","uai","siret","name","type","hasConvention","place"], required: 0, fields: { id: n1, uai: n1, siret: n1, name: n1, type: n1, hasConvention: n1, place: n7 }, o: 1, n: 1 };
  const n9: SchemaNode = { t: "object", strict: true, keys: ["label","url"], required: 0, fields: { label: n1, url: n1 }, o: 1, n: 1 };
  const n10: SchemaNode = { t: "object", strict: true, keys: ["distance","fullAddress","latitude","longitude","city","address","cedex","zipCode","insee","departementNumber","region","numberAndStreet","remoteOnly"], required: 0, fields: { distance: n4, fullAddress: n1, latitude: n5, longitude: n5, city: n1, address: n1, cedex: n1, zipCode: n1, insee: n1, departementNumber: n1, region: n1, numberAndStreet: n1, remoteOnly: n2 }, o: 1, n: 1 };
  const n11: SchemaNode = { t: "object", strict: true, keys: ["name","siret","size","logo","description","socialNetwork","url","id","uai","mandataire","creationDate","headquarter","place","opco","elligibleHandicap","isGeiq"], required: 0, fields: { name: n1, siret: n1, size: n1, logo: n1, description: n1, socialNetwork: n1, url: n1, id: n1, uai: n1, mandataire: n2, creationDate: n1, headquarter: n8, place: n10, opco: n9, elligibleHandicap: n2, isGeiq: n2 }, o: 1, n: 1 };
  const n12: SchemaNode = { t: "scalar", types: ["boolean","string"], o: 1, n: 1 };
  const n13: SchemaNode = { t: "scalar", types: ["string","number"], o: 1, n: 1 };
  const n14: SchemaNode = { t: "scalar", types: ["string","number"], o: 1, n: 1 };
  const n15: SchemaNode = { t: "any", o: 1, n: 1 };
  const n16: SchemaNode = { t: "object", strict: true, keys: ["id","creationDate","jobStartDate","description","contractType","contractDescription","duration","rythmeAlternance","elligibleHandicap","dureeContrat","quantiteContrat","romeDetails","status"], required: 0, fields: { id: n1, creationDate: n1, jobStartDate: n1, description: n1, contractType: n1, contractDescription: n1, duration: n1, rythmeAlternance: n1, elligibleHandicap: n2, dureeContrat: n14, quantiteContrat: n4, romeDetails: n15, status: n1 }, o: 1, n: 1 };
  const n17: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n18: SchemaNode = { t: "object", strict: true, keys: ["code","label"], required: 1, fields: { code: n17, label: n1 } };
  const n19: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n20: SchemaNode = { t: "object", strict: true, keys: ["code","label"], required: 1, fields: { code: n19, label: n1 } };
  const n21: SchemaNode = { t: "array", item: n18, o: 1, n: 1 };
  const n22: SchemaNode = { t: "array", item: n20, o: 1, n: 1 };
  const n23: SchemaNode = { t: "any", o: 1, n: 1 };
  const n24: SchemaNode = { t: "any", o: 1, n: 1 };
  const n25: SchemaNode = { t: "object", strict: true, keys: ["ideaType","title","longTitle","id","contact","place","company","diplomaLevel","diploma","cfd","rncpCode","rncpLabel","rncpEligibleApprentissage","period","capacity","createdAt","lastUpdateAt","onisepUrl","url","job","romes","nafs","training","idRco","idRcoFormation","cleMinistereEducatif","target_diploma_level","rdvContext"], required: 1, fields: { ideaType: n0, title: n1, longTitle: n1, id: n1, contact: n3, place: n6, company: n11, diplomaLevel: n1, diploma: n1, cfd: n1, rncpCode: n1, rncpLabel: n1, rncpEligibleApprentissage: n12, period: n1, capacity: n13, createdAt: n1, lastUpdateAt: n1, onisepUrl: n1, url: n1, job: n16, romes: n21, nafs: n22, training: n23, idRco: n1, idRcoFormation: n1, cleMinistereEducatif: n1, target_diploma_level: n1, rdvContext: n24 } };
  const n26: SchemaNode = { t: "array", item: n25 };
  const n27: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n26 } };
  const n28: SchemaNode = { t: "array", item: n25 };
  const n29: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n28 } };
  const n30: SchemaNode = { t: "scalar", types: ["string"] };
  const n31: SchemaNode = { t: "array", item: n25 };
  const n32: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n31 } };
  const n33: SchemaNode = { t: "array", item: n25 };
  const n34: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n33 } };
  const n35: SchemaNode = { t: "array", item: n25 };
  const n36: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n35 } };
  const n37: SchemaNode = { t: "object", strict: false, keys: ["email","name","phone","info","iv","hasEmail","url"], required: 0, fields: { email: n1, name: n1, phone: n1, info: n1, iv: n1, hasEmail: n2, url: n1 }, o: 1, n: 1 };
  const n38: SchemaNode = { t: "object", strict: false, keys: ["distance","fullAddress","latitude","longitude","city","address","cedex","zipCode","insee","departementNumber","region","numberAndStreet","remoteOnly"], required: 0, fields: { distance: n4, fullAddress: n1, latitude: n5, longitude: n5, city: n1, address: n1, cedex: n1, zipCode: n1, insee: n1, departementNumber: n1, region: n1, numberAndStreet: n1, remoteOnly: n2 }, o: 1, n: 1 };
  const n39: SchemaNode = { t: "object", strict: false, keys: ["name","siret","size","logo","description","socialNetwork","url","id","uai","mandataire","creationDate","headquarter","place","opco","elligibleHandicap","isGeiq"], required: 0, fields: { name: n1, siret: n1, size: n1, logo: n1, description: n1, socialNetwork: n1, url: n1, id: n1, uai: n1, mandataire: n2, creationDate: n1, headquarter: n8, place: n10, opco: n9, elligibleHandicap: n2, isGeiq: n2 }, o: 1, n: 1 };
  const n40: SchemaNode = { t: "object", strict: false, keys: ["id","creationDate","jobStartDate","description","contractType","contractDescription","duration","rythmeAlternance","elligibleHandicap","dureeContrat","quantiteContrat","romeDetails","status"], required: 0, fields: { id: n1, creationDate: n1, jobStartDate: n1, description: n1, contractType: n1, contractDescription: n1, duration: n1, rythmeAlternance: n1, elligibleHandicap: n2, dureeContrat: n14, quantiteContrat: n4, romeDetails: n15, status: n1 }, o: 1, n: 1 };
  const n41: SchemaNode = { t: "array", item: n18, o: 1, n: 1 };
  const n42: SchemaNode = { t: "object", strict: false, keys: ["ideaType","title","id","url","contact","place","company","job","romes"], required: 1, fields: { ideaType: n0, title: n1, id: n1, url: n1, contact: n37, place: n38, company: n39, job: n40, romes: n41 } };
  const n43: SchemaNode = { t: "array", item: n42 };
  const n44: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n43 } };
  const n45: SchemaNode = { t: "any", o: 1 };
  const n46: SchemaNode = { t: "object", strict: false, keys: ["error","message","result","status"], required: 1, fields: { error: n30, message: n1, result: n45, status: n4 } };
  const n47: SchemaNode = { t: "union", options: [n29, n46], source: 1, o: 1, n: 1 };
  const n48: SchemaNode = { t: "union", options: [n32, n46], source: 1, o: 1, n: 1 };
  const n49: SchemaNode = { t: "union", options: [n34, n46], source: 1, o: 1, n: 1 };
  const n50: SchemaNode = { t: "union", options: [n36, n46], source: 1, o: 1, n: 1 };
  const n51: SchemaNode = { t: "union", options: [n44, n46], source: 1, o: 1, n: 1 };
  const n52: SchemaNode = { t: "object", strict: true, keys: ["peJobs","lbaCompanies","lbbCompanies","matchas","partnerJobs"], required: 0, fields: { peJobs: n47, lbaCompanies: n48, lbbCompanies: n49, matchas: n50, partnerJobs: n51 } };
  const n53: SchemaNode = { t: "array", item: n25 };
  const n54: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n53 } };
  const n55: SchemaNode = { t: "union", options: [n54, n46], source: 1, o: 1, n: 1 };
  const n56: SchemaNode = { t: "union", options: [n52, n46], source: 1, o: 1, n: 1 };
  const n57: SchemaNode = { t: "object", strict: true, keys: ["formations","jobs"], required: 0, fields: { formations: n55, jobs: n56 } };
  const n58: SchemaNode = { t: "scalar", types: ["string"] };
  const n59: SchemaNode = { t: "scalar", types: ["string"] };
  const n60: SchemaNode = { t: "scalar", types: ["string"] };
  const E1: readonly string[] = ["job","diploma"];
  const n61: SchemaNode = { t: "enum", values: E1, o: 1, n: 1 };
  const n62: SchemaNode = { t: "object", strict: true, keys: ["codeRome","intitule"], required: 0, fields: { codeRome: n1, intitule: n1 } };
  const n63: SchemaNode = { t: "array", item: n59 };
  const n64: SchemaNode = { t: "array", item: n60, o: 1, n: 1 };
  const n65: SchemaNode = { t: "array", item: n62, o: 1, n: 1 };
  const n66: SchemaNode = { t: "object", strict: true, keys: ["label","romes","rncps","type","romeTitles"], required: 2, fields: { label: n58, romes: n63, rncps: n64, type: n61, romeTitles: n65 } };
  const n67: SchemaNode = { t: "array", item: n66 };
  const n68: SchemaNode = { t: "array", item: n66, o: 1, n: 1 };
  const n69: SchemaNode = { t: "object", strict: true, keys: ["labelsAndRomes","labelsAndRomesForDiplomas"], required: 1, fields: { labelsAndRomes: n67, labelsAndRomesForDiplomas: n68 } };
  const n70: SchemaNode = { t: "scalar", types: ["string"] };
  const n71: SchemaNode = { t: "array", item: n70 };
  const n72: SchemaNode = { t: "object", strict: true, keys: ["metiers"], required: 1, fields: { metiers: n71 } };
  const E2: readonly string[] = ["not_found","error"];
  const n73: SchemaNode = { t: "enum", values: E2 };
  const E3: readonly string[] = ["ok","error"];
  const n74: SchemaNode = { t: "enum", values: E3 };
  const n75: SchemaNode = { t: "object", strict: true, keys: ["result","message"], required: 1, fields: { result: n74, message: n1 } };
  const n76: SchemaNode = { t: "scalar", types: ["string"] };
  const n77: SchemaNode = { t: "scalar", types: ["string"] };
  const n78: SchemaNode = { t: "scalar", types: ["string"], o: 1 };
  const n79: SchemaNode = { t: "object", strict: true, keys: ["intitule","appellation","code_rome"], required: 2, fields: { intitule: n76, appellation: n77, code_rome: n78 } };
  const n80: SchemaNode = { t: "array", item: n79 };
  const n81: SchemaNode = { t: "object", strict: true, keys: ["coupleAppellationRomeMetier"], required: 1, fields: { coupleAppellationRomeMetier: n80 } };
  const n82: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n83: SchemaNode = { t: "scalar", types: ["string"] };
  const n84: SchemaNode = { t: "scalar", types: ["string"] };
  const n85: SchemaNode = { t: "object", strict: true, keys: ["id","partner_label","partner_job_id"], required: 3, fields: { id: n82, partner_label: n83, partner_job_id: n84 } };
  const n86: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n87: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n88: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n89: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n90: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n91: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n92: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n93: SchemaNode = { t: "scalar", types: ["string"] };
  const E4: readonly string[] = ["Point"];
  const n94: SchemaNode = { t: "enum", values: E4 };
  const n95: SchemaNode = { t: "scalar", types: ["number"], min: -180, max: 180 };
  const n96: SchemaNode = { t: "scalar", types: ["number"], min: -90, max: 90 };
  const n97: SchemaNode = { t: "tuple", items: [n95, n96] };
  const n98: SchemaNode = { t: "object", strict: true, keys: ["type","coordinates"], required: 2, fields: { type: n94, coordinates: n97 }, nb: 1 };
  const n99: SchemaNode = { t: "object", strict: true, keys: ["address","geopoint"], required: 2, fields: { address: n93, geopoint: n98 } };
  const n100: SchemaNode = { t: "scalar", types: ["number"], n: 1 };
  const n101: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n102: SchemaNode = { t: "scalar", types: ["string"] };
  const n103: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n104: SchemaNode = { t: "object", strict: true, keys: ["code","label"], required: 2, fields: { code: n102, label: n103 }, n: 1 };
  const n105: SchemaNode = { t: "object", strict: true, keys: ["idcc","opco","naf"], required: 3, fields: { idcc: n100, opco: n101, naf: n104 } };
  const n106: SchemaNode = { t: "object", strict: true, keys: ["siret","brand","legal_name","website","name","description","size","location","domain"], required: 9, fields: { siret: n86, brand: n87, legal_name: n88, website: n89, name: n90, description: n91, size: n92, location: n99, domain: n105 } };
  const n107: SchemaNode = { t: "scalar", types: ["string"] };
  const n108: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n109: SchemaNode = { t: "scalar", types: ["string"], o: 1, n: 1 };
  const n110: SchemaNode = { t: "object", strict: true, keys: ["url","phone","recipient_id"], required: 2, fields: { url: n107, phone: n108, recipient_id: n109 } };
  const n111: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n112: SchemaNode = { t: "scalar", types: ["number"], n: 1 };
  const E5: readonly string[] = ["Apprentissage","Professionnalisation"];
  const n113: SchemaNode = { t: "enum", values: E5 };
  const E6: readonly string[] = ["onsite","remote","hybrid"];
  const n114: SchemaNode = { t: "enum", values: E6, n: 1 };
  const n115: SchemaNode = { t: "array", item: n113 };
  const n116: SchemaNode = { t: "object", strict: true, keys: ["start","duration","type","remote"], required: 4, fields: { start: n111, duration: n112, type: n115, remote: n114 } };
  const n117: SchemaNode = { t: "scalar", types: ["string"] };
  const n118: SchemaNode = { t: "scalar", types: ["string"] };
  const n119: SchemaNode = { t: "scalar", types: ["string"] };
  const E7: readonly string[] = ["3","4","5","6","7"];
  const n120: SchemaNode = { t: "enum", values: E7 };
  const n121: SchemaNode = { t: "scalar", types: ["string"] };
  const n122: SchemaNode = { t: "object", strict: true, keys: ["european","label"], required: 2, fields: { european: n120, label: n121 }, n: 1 };
  const n123: SchemaNode = { t: "scalar", types: ["string"] };
  const n124: SchemaNode = { t: "scalar", types: ["string"] };
  const n125: SchemaNode = { t: "scalar", types: ["string"] };
  const n126: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n127: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n128: SchemaNode = { t: "object", strict: true, keys: ["creation","expiration"], required: 2, fields: { creation: n126, expiration: n127 } };
  const n129: SchemaNode = { t: "scalar", types: ["number"] };
  const E8: readonly string[] = ["Active","Filled","Cancelled","Pending"];
  const n130: SchemaNode = { t: "enum", values: E8 };
  const n131: SchemaNode = { t: "array", item: n118 };
  const n132: SchemaNode = { t: "array", item: n123 };
  const n133: SchemaNode = { t: "array", item: n124 };
  const n134: SchemaNode = { t: "array", item: n125 };
  const n135: SchemaNode = { t: "object", strict: true, keys: ["title","rome_codes","description","target_diploma","desired_skills","to_be_acquired_skills","access_conditions","publication","opening_count","status"], required: 10, fields: { title: n117, rome_codes: n131, description: n119, target_diploma: n122, desired_skills: n132, to_be_acquired_skills: n133, access_conditions: n134, publication: n128, opening_count: n129, status: n130 } };
  const n136: SchemaNode = { t: "scalar", types: ["boolean"], o: 1 };
  const n137: SchemaNode = { t: "object", strict: true, keys: ["identifier","workplace","apply","contract","offer","is_delegated"], required: 5, fields: { identifier: n85, workplace: n106, apply: n110, contract: n116, offer: n135, is_delegated: n136 } };
  const n138: SchemaNode = { t: "scalar", types: ["string"] };
  const n139: SchemaNode = { t: "object", strict: true, keys: ["id"], required: 1, fields: { id: n138 } };
  const n140: SchemaNode = { t: "object", strict: true, keys: ["identifier","workplace","apply"], required: 3, fields: { identifier: n139, workplace: n106, apply: n110 } };
  const n141: SchemaNode = { t: "scalar", types: ["string"] };
  const n142: SchemaNode = { t: "scalar", types: ["string"] };
  const n143: SchemaNode = { t: "object", strict: true, keys: ["code","message"], required: 2, fields: { code: n141, message: n142 } };
  const n144: SchemaNode = { t: "array", item: n137 };
  const n145: SchemaNode = { t: "array", item: n140 };
  const n146: SchemaNode = { t: "array", item: n143 };
  const n147: SchemaNode = { t: "object", strict: true, keys: ["jobs","recruiters","warnings"], required: 3, fields: { jobs: n144, recruiters: n145, warnings: n146 } };
  const n148: SchemaNode = { t: "scalar", types: ["string"] };
  const n149: SchemaNode = { t: "object", strict: true, keys: ["id"], required: 1, fields: { id: n148 } };
  const n150: SchemaNode = { t: "scalar", types: ["string"] };
  const n151: SchemaNode = { t: "object", strict: true, keys: ["id"], required: 1, fields: { id: n150 } };
  const E9: readonly string[] = ["WILL_BE_PUBLISHED","PUBLISHED","WILL_NOT_BE_PUBLISHED"];
  const n152: SchemaNode = { t: "enum", values: E9 };
  const n153: SchemaNode = { t: "scalar", types: ["string"] };
  const n154: SchemaNode = { t: "scalar", types: ["string"] };
  const n155: SchemaNode = { t: "object", strict: true, keys: ["code","label"], required: 2, fields: { code: n153, label: n154 }, o: 1, n: 1 };
  const n156: SchemaNode = { t: "object", strict: true, keys: ["status","error"], required: 1, fields: { status: n152, error: n155 } };
  const n157: SchemaNode = { t: "object", strict: true, keys: ["publishing"], required: 1, fields: { publishing: n156 } };
  const n158: SchemaNode = { t: "scalar", types: ["string"] };
  const n159: SchemaNode = { t: "scalar", types: ["string"] };
  const n160: SchemaNode = { t: "object", strict: true, keys: ["url","lastUpdate"], required: 2, fields: { url: n158, lastUpdate: n159 } };
  const n161: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n162: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n163: SchemaNode = { t: "scalar", types: ["string"] };
  const n164: SchemaNode = { t: "scalar", types: ["string"] };
  const n165: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
  const n166: SchemaNode = { t: "scalar", types: ["string"] };
  const n167: SchemaNode = { t: "scalar", types: ["string"] };
  const n168: SchemaNode = { t: "scalar", types: ["string"] };
  const n169: SchemaNode = { t: "scalar", types: ["string"] };
  const n170: SchemaNode = { t: "object", strict: true, keys: ["etablissement_formateur_entreprise_raison_sociale","intitule_long","lieu_formation_adresse","code_postal","etablissement_formateur_siret","cfd","localite","cle_ministere_educatif","form_url"], required: 9, fields: { etablissement_formateur_entreprise_raison_sociale: n161, intitule_long: n162, lieu_formation_adresse: n163, code_postal: n164, etablissement_formateur_siret: n165, cfd: n166, localite: n167, cle_ministere_educatif: n168, form_url: n169 } };
  const E10: readonly string[] = ["Appointment request not available"];
  const n171: SchemaNode = { t: "enum", values: E10 };
  const n172: SchemaNode = { t: "object", strict: true, keys: ["error"], required: 1, fields: { error: n171 } };
  const n173: SchemaNode = { t: "object", strict: false, keys: ["result","message","error"], required: 1, fields: { result: n73, message: n1, error: n1 } };
  const n174: SchemaNode = { t: "union", options: [n72, n173] };
  const n175: SchemaNode = { t: "union", options: [n170, n172] };
  return [n0, n1, n2, n3, n4, n5, n6, n7, n8, n9, n10, n11, n12, n13, n14, n15, n16, n17, n18, n19, n20, n21, n22, n23, n24, n25, n26, n27, n28, n29, n30, n31, n32, n33, n34, n35, n36, n37, n38, n39, n40, n41, n42, n43, n44, n45, n46, n47, n48, n49, n50, n51, n52, n53, n54, n55, n56, n57, n58, n59, n60, n61, n62, n63, n64, n65, n66, n67, n68, n69, n70, n71, n72, n73, n74, n75, n76, n77, n78, n79, n80, n81, n82, n83, n84, n85, n86, n87, n88, n89, n90, n91, n92, n93, n94, n95, n96, n97, n98, n99, n100, n101, n102, n103, n104, n105, n106, n107, n108, n109, n110, n111, n112, n113, n114, n115, n116, n117, n118, n119, n120, n121, n122, n123, n124, n125, n126, n127, n128, n129, n130, n131, n132, n133, n134, n135, n136, n137, n138, n139, n140, n141, n142, n143, n144, n145, n146, n147, n148, n149, n150, n151, n152, n153, n154, n155, n156, n157, n158, n159, n160, n161, n162, n163, n164, n165, n166, n167, n168, n169, n170, n171, n172, n173, n174, n175];
}

// Compiled checks.
function c2(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.email;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "email", x, 1, v)) return false;
  }
  x = v.name;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "name", x, 1, v)) return false;
  }
  x = v.phone;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "phone", x, 1, v)) return false;
  }
  x = v.info;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "info", x, 1, v)) return false;
  }
  x = v.iv;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "iv", x, 1, v)) return false;
  }
  x = v.hasEmail;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "hasEmail", x, 2, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, 1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(3).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c3(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.distance;
  if (x !== undefined) {
    n++;
    if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "distance", x, 4, v)) return false;
  }
  x = v.fullAddress;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "fullAddress", x, 1, v)) return false;
  }
  x = v.latitude;
  if (x !== undefined) {
    n++;
    if (x !== null && (typeof x === "number" ? x - x !== 0 : !isNumericString(x))) {
      if (!F(d, "g", p, "latitude", x, 5, v)) return false;
    } else if (typeof x === "string") v["latitude"] = Number(x);
  }
  x = v.longitude;
  if (x !== undefined) {
    n++;
    if (x !== null && (typeof x === "number" ? x - x !== 0 : !isNumericString(x))) {
      if (!F(d, "g", p, "longitude", x, 5, v)) return false;
    } else if (typeof x === "string") v["longitude"] = Number(x);
  }
  x = v.city;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "city", x, 1, v)) return false;
  }
  x = v.address;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "address", x, 1, v)) return false;
  }
  x = v.cedex;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "cedex", x, 1, v)) return false;
  }
  x = v.zipCode;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "zipCode", x, 1, v)) return false;
  }
  x = v.insee;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "insee", x, 1, v)) return false;
  }
  x = v.departementNumber;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "departementNumber", x, 1, v)) return false;
  }
  x = v.region;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "region", x, 1, v)) return false;
  }
  x = v.numberAndStreet;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "numberAndStreet", x, 1, v)) return false;
  }
  x = v.remoteOnly;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "remoteOnly", x, 2, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(6).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c5(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, 1, v)) return false;
  }
  x = v.uai;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "uai", x, 1, v)) return false;
  }
  x = v.siret;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "siret", x, 1, v)) return false;
  }
  x = v.name;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "name", x, 1, v)) return false;
  }
  x = v.type;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "type", x, 1, v)) return false;
  }
  x = v.hasConvention;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "hasConvention", x, 1, v)) return false;
  }
  x = v.place;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c3(x, d, d === undefined ? "" : j(p, "place"))) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(8).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c6(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.label;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "label", x, 1, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, 1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(9).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c4(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.name;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "name", x, 1, v)) return false;
  }
  x = v.siret;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "siret", x, 1, v)) return false;
  }
  x = v.size;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "size", x, 1, v)) return false;
  }
  x = v.logo;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "logo", x, 1, v)) return false;
  }
  x = v.description;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "description", x, 1, v)) return false;
  }
  x = v.socialNetwork;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "socialNetwork", x, 1, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, 1, v)) return false;
  }
  x = v.id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, 1, v)) return false;
  }
  x = v.uai;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "uai", x, 1, v)) return false;
  }
  x = v.mandataire;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "mandataire", x, 2, v)) return false;
  }
  x = v.creationDate;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "creationDate", x, 1, v)) return false;
  }
  x = v.headquarter;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c5(x, d, d === undefined ? "" : j(p, "headquarter"))) return false;
    }
  }
  x = v.place;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c3(x, d, d === undefined ? "" : j(p, "place"))) return false;
    }
  }
  x = v.opco;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c6(x, d, d === undefined ? "" : j(p, "opco"))) return false;
    }
  }
  x = v.elligibleHandicap;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "elligibleHandicap", x, 2, v)) return false;
  }
  x = v.isGeiq;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "isGeiq", x, 2, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(11).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c7(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, 1, v)) return false;
  }
  x = v.creationDate;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "creationDate", x, 1, v)) return false;
  }
  x = v.jobStartDate;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "jobStartDate", x, 1, v)) return false;
  }
  x = v.description;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "description", x, 1, v)) return false;
  }
  x = v.contractType;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "contractType", x, 1, v)) return false;
  }
  x = v.contractDescription;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "contractDescription", x, 1, v)) return false;
  }
  x = v.duration;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "duration", x, 1, v)) return false;
  }
  x = v.rythmeAlternance;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "rythmeAlternance", x, 1, v)) return false;
  }
  x = v.elligibleHandicap;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "elligibleHandicap", x, 2, v)) return false;
  }
  x = v.dureeContrat;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string" || (typeof x === "number" && x - x === 0)) && !F(d, "s", p, "dureeContrat", x, 14, v)) return false;
  }
  x = v.quantiteContrat;
  if (x !== undefined) {
    n++;
    if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "quantiteContrat", x, 4, v)) return false;
  }
  x = v.romeDetails;
  if (x !== undefined) {
    n++;
  }
  x = v.status;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "status", x, 1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(16).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c8(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.code;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "code", x, 17, v)) return false;
  x = v.label;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "label", x, 1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(18).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c9(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.code;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "code", x, 19, v)) return false;
  x = v.label;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "label", x, 1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(20).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c1(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.ideaType;
  if (x === undefined) return false;
  n++;
  if (x !== "formation" && x !== "peJob" && x !== "lba" && x !== "lbb" && x !== "matcha" && x !== "partnerJob" && !F(d, "v", p, "ideaType", x, 0, v)) return false;
  x = v.title;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "title", x, 1, v)) return false;
  }
  x = v.longTitle;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "longTitle", x, 1, v)) return false;
  }
  x = v.id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, 1, v)) return false;
  }
  x = v.contact;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c2(x, d, d === undefined ? "" : j(p, "contact"))) return false;
    }
  }
  x = v.place;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c3(x, d, d === undefined ? "" : j(p, "place"))) return false;
    }
  }
  x = v.company;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c4(x, d, d === undefined ? "" : j(p, "company"))) return false;
    }
  }
  x = v.diplomaLevel;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "diplomaLevel", x, 1, v)) return false;
  }
  x = v.diploma;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "diploma", x, 1, v)) return false;
  }
  x = v.cfd;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "cfd", x, 1, v)) return false;
  }
  x = v.rncpCode;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "rncpCode", x, 1, v)) return false;
  }
  x = v.rncpLabel;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "rncpLabel", x, 1, v)) return false;
  }
  x = v.rncpEligibleApprentissage;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean" || typeof x === "string") && !F(d, "s", p, "rncpEligibleApprentissage", x, 12, v)) return false;
  }
  x = v.period;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "period", x, 1, v)) return false;
  }
  x = v.capacity;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string" || (typeof x === "number" && x - x === 0)) && !F(d, "s", p, "capacity", x, 13, v)) return false;
  }
  x = v.createdAt;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "createdAt", x, 1, v)) return false;
  }
  x = v.lastUpdateAt;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "lastUpdateAt", x, 1, v)) return false;
  }
  x = v.onisepUrl;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "onisepUrl", x, 1, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, 1, v)) return false;
  }
  x = v.job;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c7(x, d, d === undefined ? "" : j(p, "job"))) return false;
    }
  }
  x = v.romes;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!Array.isArray(x)) return false;
      {
        const a1: any[] = x;
        const q1 = d === undefined ? "" : j(p, "romes") + "[]";
        for (let i1 = 0; i1 < a1.length; i1++) {
          const e1 = a1[i1];
          if (e1 === undefined) return false;
          if (!c8(e1, d, d === undefined ? "" : q1)) return false;
        }
      }
    }
  }
  x = v.nafs;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!Array.isArray(x)) return false;
      {
        const a1: any[] = x;
        const q1 = d === undefined ? "" : j(p, "nafs") + "[]";
        for (let i1 = 0; i1 < a1.length; i1++) {
          const e1 = a1[i1];
          if (e1 === undefined) return false;
          if (!c9(e1, d, d === undefined ? "" : q1)) return false;
        }
      }
    }
  }
  x = v.training;
  if (x !== undefined) {
    n++;
  }
  x = v.idRco;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "idRco", x, 1, v)) return false;
  }
  x = v.idRcoFormation;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "idRcoFormation", x, 1, v)) return false;
  }
  x = v.cleMinistereEducatif;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "cleMinistereEducatif", x, 1, v)) return false;
  }
  x = v.target_diploma_level;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "target_diploma_level", x, 1, v)) return false;
  }
  x = v.rdvContext;
  if (x !== undefined) {
    n++;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(25).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c0(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.results;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "results") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!c1(e1, d, d === undefined ? "" : q1)) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(27).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c12(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.results;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "results") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!c1(e1, d, d === undefined ? "" : q1)) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(29).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c13(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.error;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "error", x, 30, v)) return false;
  x = v.message;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "message", x, 1, v)) return false;
  }
  x = v.result;
  if (x !== undefined) {
    n++;
  }
  x = v.status;
  if (x !== undefined) {
    n++;
    if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "status", x, 4, v)) return false;
  }
  return true;
}
function c11(v: any, d: DriftSink | undefined, p: string): boolean {
  const m = d === undefined ? 0 : d.m();
  if (c12(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  if (c13(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  return false;
}
function c15(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.results;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "results") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!c1(e1, d, d === undefined ? "" : q1)) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(32).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c14(v: any, d: DriftSink | undefined, p: string): boolean {
  const m = d === undefined ? 0 : d.m();
  if (c15(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  if (c13(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  return false;
}
function c17(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.results;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "results") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!c1(e1, d, d === undefined ? "" : q1)) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(34).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c16(v: any, d: DriftSink | undefined, p: string): boolean {
  const m = d === undefined ? 0 : d.m();
  if (c17(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  if (c13(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  return false;
}
function c19(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.results;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "results") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!c1(e1, d, d === undefined ? "" : q1)) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(36).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c18(v: any, d: DriftSink | undefined, p: string): boolean {
  const m = d === undefined ? 0 : d.m();
  if (c19(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  if (c13(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  return false;
}
function c23(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.email;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "email", x, 1, v)) return false;
  }
  x = v.name;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "name", x, 1, v)) return false;
  }
  x = v.phone;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "phone", x, 1, v)) return false;
  }
  x = v.info;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "info", x, 1, v)) return false;
  }
  x = v.iv;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "iv", x, 1, v)) return false;
  }
  x = v.hasEmail;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "hasEmail", x, 2, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, 1, v)) return false;
  }
  return true;
}
function c24(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.distance;
  if (x !== undefined) {
    n++;
    if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "distance", x, 4, v)) return false;
  }
  x = v.fullAddress;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "fullAddress", x, 1, v)) return false;
  }
  x = v.latitude;
  if (x !== undefined) {
    n++;
    if (x !== null && (typeof x === "number" ? x - x !== 0 : !isNumericString(x))) {
      if (!F(d, "g", p, "latitude", x, 5, v)) return false;
    } else if (typeof x === "string") v["latitude"] = Number(x);
  }
  x = v.longitude;
  if (x !== undefined) {
    n++;
    if (x !== null && (typeof x === "number" ? x - x !== 0 : !isNumericString(x))) {
      if (!F(d, "g", p, "longitude", x, 5, v)) return false;
    } else if (typeof x === "string") v["longitude"] = Number(x);
  }
  x = v.city;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "city", x, 1, v)) return false;
  }
  x = v.address;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "address", x, 1, v)) return false;
  }
  x = v.cedex;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "cedex", x, 1, v)) return false;
  }
  x = v.zipCode;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "zipCode", x, 1, v)) return false;
  }
  x = v.insee;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "insee", x, 1, v)) return false;
  }
  x = v.departementNumber;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "departementNumber", x, 1, v)) return false;
  }
  x = v.region;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "region", x, 1, v)) return false;
  }
  x = v.numberAndStreet;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "numberAndStreet", x, 1, v)) return false;
  }
  x = v.remoteOnly;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "remoteOnly", x, 2, v)) return false;
  }
  return true;
}
function c25(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.name;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "name", x, 1, v)) return false;
  }
  x = v.siret;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "siret", x, 1, v)) return false;
  }
  x = v.size;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "size", x, 1, v)) return false;
  }
  x = v.logo;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "logo", x, 1, v)) return false;
  }
  x = v.description;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "description", x, 1, v)) return false;
  }
  x = v.socialNetwork;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "socialNetwork", x, 1, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, 1, v)) return false;
  }
  x = v.id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, 1, v)) return false;
  }
  x = v.uai;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "uai", x, 1, v)) return false;
  }
  x = v.mandataire;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "mandataire", x, 2, v)) return false;
  }
  x = v.creationDate;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "creationDate", x, 1, v)) return false;
  }
  x = v.headquarter;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c5(x, d, d === undefined ? "" : j(p, "headquarter"))) return false;
    }
  }
  x = v.place;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c3(x, d, d === undefined ? "" : j(p, "place"))) return false;
    }
  }
  x = v.opco;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c6(x, d, d === undefined ? "" : j(p, "opco"))) return false;
    }
  }
  x = v.elligibleHandicap;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "elligibleHandicap", x, 2, v)) return false;
  }
  x = v.isGeiq;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "isGeiq", x, 2, v)) return false;
  }
  return true;
}
function c26(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, 1, v)) return false;
  }
  x = v.creationDate;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "creationDate", x, 1, v)) return false;
  }
  x = v.jobStartDate;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "jobStartDate", x, 1, v)) return false;
  }
  x = v.description;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "description", x, 1, v)) return false;
  }
  x = v.contractType;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "contractType", x, 1, v)) return false;
  }
  x = v.contractDescription;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "contractDescription", x, 1, v)) return false;
  }
  x = v.duration;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "duration", x, 1, v)) return false;
  }
  x = v.rythmeAlternance;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "rythmeAlternance", x, 1, v)) return false;
  }
  x = v.elligibleHandicap;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "elligibleHandicap", x, 2, v)) return false;
  }
  x = v.dureeContrat;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string" || (typeof x === "number" && x - x === 0)) && !F(d, "s", p, "dureeContrat", x, 14, v)) return false;
  }
  x = v.quantiteContrat;
  if (x !== undefined) {
    n++;
    if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "quantiteContrat", x, 4, v)) return false;
  }
  x = v.romeDetails;
  if (x !== undefined) {
    n++;
  }
  x = v.status;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "status", x, 1, v)) return false;
  }
  return true;
}
function c22(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.ideaType;
  if (x === undefined) return false;
  n++;
  if (x !== "formation" && x !== "peJob" && x !== "lba" && x !== "lbb" && x !== "matcha" && x !== "partnerJob" && !F(d, "v", p, "ideaType", x, 0, v)) return false;
  x = v.title;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "title", x, 1, v)) return false;
  }
  x = v.id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, 1, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, 1, v)) return false;
  }
  x = v.contact;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c23(x, d, d === undefined ? "" : j(p, "contact"))) return false;
    }
  }
  x = v.place;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c24(x, d, d === undefined ? "" : j(p, "place"))) return false;
    }
  }
  x = v.company;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c25(x, d, d === undefined ? "" : j(p, "company"))) return false;
    }
  }
  x = v.job;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c26(x, d, d === undefined ? "" : j(p, "job"))) return false;
    }
  }
  x = v.romes;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!Array.isArray(x)) return false;
      {
        const a1: any[] = x;
        const q1 = d === undefined ? "" : j(p, "romes") + "[]";
        for (let i1 = 0; i1 < a1.length; i1++) {
          const e1 = a1[i1];
          if (e1 === undefined) return false;
          if (!c8(e1, d, d === undefined ? "" : q1)) return false;
        }
      }
    }
  }
  return true;
}
function c21(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.results;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "results") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!c22(e1, d, d === undefined ? "" : q1)) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(44).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c20(v: any, d: DriftSink | undefined, p: string): boolean {
  const m = d === undefined ? 0 : d.m();
  if (c21(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  if (c13(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  return false;
}
function c10(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.peJobs;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c11(x, d, d === undefined ? "" : j(p, "peJobs"))) return false;
    }
  }
  x = v.lbaCompanies;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c14(x, d, d === undefined ? "" : j(p, "lbaCompanies"))) return false;
    }
  }
  x = v.lbbCompanies;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c16(x, d, d === undefined ? "" : j(p, "lbbCompanies"))) return false;
    }
  }
  x = v.matchas;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c18(x, d, d === undefined ? "" : j(p, "matchas"))) return false;
    }
  }
  x = v.partnerJobs;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c20(x, d, d === undefined ? "" : j(p, "partnerJobs"))) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(52).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c29(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.results;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "results") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!c1(e1, d, d === undefined ? "" : q1)) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(54).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c28(v: any, d: DriftSink | undefined, p: string): boolean {
  const m = d === undefined ? 0 : d.m();
  if (c29(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  if (c13(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  return false;
}
function c30(v: any, d: DriftSink | undefined, p: string): boolean {
  const m = d === undefined ? 0 : d.m();
  if (c10(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  if (c13(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  return false;
}
function c27(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.formations;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c28(x, d, d === undefined ? "" : j(p, "formations"))) return false;
    }
  }
  x = v.jobs;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c30(x, d, d === undefined ? "" : j(p, "jobs"))) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(57).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c33(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.codeRome;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "codeRome", x, 1, v)) return false;
  }
  x = v.intitule;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "intitule", x, 1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(62).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c32(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.label;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "label", x, 58, v)) return false;
  x = v.romes;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "romes") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!(typeof e1 === "string") && !R(d, "s", q1, e1, 59, a1, i1)) return false;
    }
  }
  x = v.rncps;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!Array.isArray(x)) return false;
      {
        const a1: any[] = x;
        const q1 = d === undefined ? "" : j(p, "rncps") + "[]";
        for (let i1 = 0; i1 < a1.length; i1++) {
          const e1 = a1[i1];
          if (e1 === undefined) return false;
          if (!(typeof e1 === "string") && !R(d, "s", q1, e1, 60, a1, i1)) return false;
        }
      }
    }
  }
  x = v.type;
  if (x !== undefined) {
    n++;
    if (x !== null && x !== "job" && x !== "diploma" && !F(d, "v", p, "type", x, 61, v)) return false;
  }
  x = v.romeTitles;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!Array.isArray(x)) return false;
      {
        const a1: any[] = x;
        const q1 = d === undefined ? "" : j(p, "romeTitles") + "[]";
        for (let i1 = 0; i1 < a1.length; i1++) {
          const e1 = a1[i1];
          if (e1 === undefined) return false;
          if (!c33(e1, d, d === undefined ? "" : q1)) return false;
        }
      }
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(66).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c31(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.labelsAndRomes;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "labelsAndRomes") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!c32(e1, d, d === undefined ? "" : q1)) return false;
    }
  }
  x = v.labelsAndRomesForDiplomas;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!Array.isArray(x)) return false;
      {
        const a1: any[] = x;
        const q1 = d === undefined ? "" : j(p, "labelsAndRomesForDiplomas") + "[]";
        for (let i1 = 0; i1 < a1.length; i1++) {
          const e1 = a1[i1];
          if (e1 === undefined) return false;
          if (!c32(e1, d, d === undefined ? "" : q1)) return false;
        }
      }
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(69).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c35(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.metiers;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "metiers") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!(typeof e1 === "string") && !R(d, "s", q1, e1, 70, a1, i1)) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(72).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c36(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.result;
  if (x === undefined) return false;
  n++;
  if (x !== "not_found" && x !== "error" && !F(d, "v", p, "result", x, 73, v)) return false;
  x = v.message;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "message", x, 1, v)) return false;
  }
  x = v.error;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "error", x, 1, v)) return false;
  }
  return true;
}
function c34(v: any, d: DriftSink | undefined, p: string): boolean {
  const m = d === undefined ? 0 : d.m();
  if (c35(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  if (c36(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  return false;
}
function c37(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.result;
  if (x === undefined) return false;
  n++;
  if (x !== "ok" && x !== "error" && !F(d, "v", p, "result", x, 74, v)) return false;
  x = v.message;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "message", x, 1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(75).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c39(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.intitule;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "intitule", x, 76, v)) return false;
  x = v.appellation;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "appellation", x, 77, v)) return false;
  x = v.code_rome;
  if (x !== undefined) {
    n++;
    if (!(typeof x === "string") && !F(d, "s", p, "code_rome", x, 78, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(79).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c38(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.coupleAppellationRomeMetier;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "coupleAppellationRomeMetier") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!c39(e1, d, d === undefined ? "" : q1)) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(81).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c42(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.id;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, 82, v)) return false;
  x = v.partner_label;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "partner_label", x, 83, v)) return false;
  x = v.partner_job_id;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "partner_job_id", x, 84, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(85).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c45(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.type;
  if (x === undefined) return false;
  n++;
  if (x !== "Point" && !F(d, "v", p, "type", x, 94, v)) return false;
  x = v.coordinates;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x) || x.length !== 2) return false;
  {
    const t1_0 = x[0];
    if (t1_0 === undefined) return false;
    if (!((typeof t1_0 === "number" && t1_0 - t1_0 === 0 && t1_0 >= -180 && t1_0 <= 180)) && !R(d, "s", j(p, "coordinates") + "[]", t1_0, 95, x, 0)) return false;
  }
  {
    const t1_1 = x[1];
    if (t1_1 === undefined) return false;
    if (!((typeof t1_1 === "number" && t1_1 - t1_1 === 0 && t1_1 >= -90 && t1_1 <= 90)) && !R(d, "s", j(p, "coordinates") + "[]", t1_1, 96, x, 1)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(98).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c44(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.address;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "address", x, 93, v)) return false;
  x = v.geopoint;
  if (x === undefined) return false;
  n++;
  if (!c45(x, d, d === undefined ? "" : j(p, "geopoint"))) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(99).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c47(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.code;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "code", x, 102, v)) return false;
  x = v.label;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "label", x, 103, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(104).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c46(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.idcc;
  if (x === undefined) return false;
  n++;
  if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "idcc", x, 100, v)) return false;
  x = v.opco;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "opco", x, 101, v)) return false;
  x = v.naf;
  if (x === undefined) return false;
  n++;
  if (x !== null) {
    if (!c47(x, d, d === undefined ? "" : j(p, "naf"))) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(105).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c43(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.siret;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "siret", x, 86, v)) return false;
  x = v.brand;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "brand", x, 87, v)) return false;
  x = v.legal_name;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "legal_name", x, 88, v)) return false;
  x = v.website;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "website", x, 89, v)) return false;
  x = v.name;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "name", x, 90, v)) return false;
  x = v.description;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "description", x, 91, v)) return false;
  x = v.size;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "size", x, 92, v)) return false;
  x = v.location;
  if (x === undefined) return false;
  n++;
  if (!c44(x, d, d === undefined ? "" : j(p, "location"))) return false;
  x = v.domain;
  if (x === undefined) return false;
  n++;
  if (!c46(x, d, d === undefined ? "" : j(p, "domain"))) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(106).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c48(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.url;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "url", x, 107, v)) return false;
  x = v.phone;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "phone", x, 108, v)) return false;
  x = v.recipient_id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "recipient_id", x, 109, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(110).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c49(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.start;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "start", x, 111, v)) return false;
  x = v.duration;
  if (x === undefined) return false;
  n++;
  if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "duration", x, 112, v)) return false;
  x = v.type;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "type") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (e1 !== "Apprentissage" && e1 !== "Professionnalisation" && !R(d, "v", q1, e1, 113, a1, i1)) return false;
    }
  }
  x = v.remote;
  if (x === undefined) return false;
  n++;
  if (x !== null && x !== "onsite" && x !== "remote" && x !== "hybrid" && !F(d, "v", p, "remote", x, 114, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(116).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c51(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.european;
  if (x === undefined) return false;
  n++;
  if (x !== "3" && x !== "4" && x !== "5" && x !== "6" && x !== "7" && !F(d, "v", p, "european", x, 120, v)) return false;
  x = v.label;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "label", x, 121, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(122).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c52(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.creation;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "creation", x, 126, v)) return false;
  x = v.expiration;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "expiration", x, 127, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(128).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c50(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.title;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "title", x, 117, v)) return false;
  x = v.rome_codes;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "rome_codes") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!(typeof e1 === "string") && !R(d, "s", q1, e1, 118, a1, i1)) return false;
    }
  }
  x = v.description;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "description", x, 119, v)) return false;
  x = v.target_diploma;
  if (x === undefined) return false;
  n++;
  if (x !== null) {
    if (!c51(x, d, d === undefined ? "" : j(p, "target_diploma"))) return false;
  }
  x = v.desired_skills;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "desired_skills") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!(typeof e1 === "string") && !R(d, "s", q1, e1, 123, a1, i1)) return false;
    }
  }
  x = v.to_be_acquired_skills;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "to_be_acquired_skills") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!(typeof e1 === "string") && !R(d, "s", q1, e1, 124, a1, i1)) return false;
    }
  }
  x = v.access_conditions;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "access_conditions") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!(typeof e1 === "string") && !R(d, "s", q1, e1, 125, a1, i1)) return false;
    }
  }
  x = v.publication;
  if (x === undefined) return false;
  n++;
  if (!c52(x, d, d === undefined ? "" : j(p, "publication"))) return false;
  x = v.opening_count;
  if (x === undefined) return false;
  n++;
  if (!((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "opening_count", x, 129, v)) return false;
  x = v.status;
  if (x === undefined) return false;
  n++;
  if (x !== "Active" && x !== "Filled" && x !== "Cancelled" && x !== "Pending" && !F(d, "v", p, "status", x, 130, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(135).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c41(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.identifier;
  if (x === undefined) return false;
  n++;
  if (!c42(x, d, d === undefined ? "" : j(p, "identifier"))) return false;
  x = v.workplace;
  if (x === undefined) return false;
  n++;
  if (!c43(x, d, d === undefined ? "" : j(p, "workplace"))) return false;
  x = v.apply;
  if (x === undefined) return false;
  n++;
  if (!c48(x, d, d === undefined ? "" : j(p, "apply"))) return false;
  x = v.contract;
  if (x === undefined) return false;
  n++;
  if (!c49(x, d, d === undefined ? "" : j(p, "contract"))) return false;
  x = v.offer;
  if (x === undefined) return false;
  n++;
  if (!c50(x, d, d === undefined ? "" : j(p, "offer"))) return false;
  x = v.is_delegated;
  if (x !== undefined) {
    n++;
    if (!(typeof x === "boolean") && !F(d, "s", p, "is_delegated", x, 136, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(137).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c54(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.id;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "id", x, 138, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(139).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c53(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.identifier;
  if (x === undefined) return false;
  n++;
  if (!c54(x, d, d === undefined ? "" : j(p, "identifier"))) return false;
  x = v.workplace;
  if (x === undefined) return false;
  n++;
  if (!c43(x, d, d === undefined ? "" : j(p, "workplace"))) return false;
  x = v.apply;
  if (x === undefined) return false;
  n++;
  if (!c48(x, d, d === undefined ? "" : j(p, "apply"))) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(140).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c55(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.code;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "code", x, 141, v)) return false;
  x = v.message;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "message", x, 142, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(143).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c40(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.jobs;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "jobs") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!c41(e1, d, d === undefined ? "" : q1)) return false;
    }
  }
  x = v.recruiters;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "recruiters") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!c53(e1, d, d === undefined ? "" : q1)) return false;
    }
  }
  x = v.warnings;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x)) return false;
  {
    const a1: any[] = x;
    const q1 = d === undefined ? "" : j(p, "warnings") + "[]";
    for (let i1 = 0; i1 < a1.length; i1++) {
      const e1 = a1[i1];
      if (e1 === undefined) return false;
      if (!c55(e1, d, d === undefined ? "" : q1)) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(147).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c56(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.id;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "id", x, 148, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(149).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c57(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.id;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "id", x, 150, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(151).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c60(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.code;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "code", x, 153, v)) return false;
  x = v.label;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "label", x, 154, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(155).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c59(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.status;
  if (x === undefined) return false;
  n++;
  if (x !== "WILL_BE_PUBLISHED" && x !== "PUBLISHED" && x !== "WILL_NOT_BE_PUBLISHED" && !F(d, "v", p, "status", x, 152, v)) return false;
  x = v.error;
  if (x !== undefined) {
    n++;
    if (x !== null) {
      if (!c60(x, d, d === undefined ? "" : j(p, "error"))) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(156).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c58(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.publishing;
  if (x === undefined) return false;
  n++;
  if (!c59(x, d, d === undefined ? "" : j(p, "publishing"))) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(157).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c61(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.url;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "url", x, 158, v)) return false;
  x = v.lastUpdate;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "lastUpdate", x, 159, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(160).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c63(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.etablissement_formateur_entreprise_raison_sociale;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "etablissement_formateur_entreprise_raison_sociale", x, 161, v)) return false;
  x = v.intitule_long;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "intitule_long", x, 162, v)) return false;
  x = v.lieu_formation_adresse;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "lieu_formation_adresse", x, 163, v)) return false;
  x = v.code_postal;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "code_postal", x, 164, v)) return false;
  x = v.etablissement_formateur_siret;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "etablissement_formateur_siret", x, 165, v)) return false;
  x = v.cfd;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "cfd", x, 166, v)) return false;
  x = v.localite;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "localite", x, 167, v)) return false;
  x = v.cle_ministere_educatif;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "cle_ministere_educatif", x, 168, v)) return false;
  x = v.form_url;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "form_url", x, 169, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(170).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c64(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.error;
  if (x === undefined) return false;
  n++;
  if (x !== "Appointment request not available" && !F(d, "v", p, "error", x, 171, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K(172).has(k)) d.f(p, k, v[k]);
  }
  return true;
}
function c62(v: any, d: DriftSink | undefined, p: string): boolean {
  const m = d === undefined ? 0 : d.m();
  if (c63(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  if (c64(v, d, p)) return true;
  if (d !== undefined) d.r(m);
  return false;
}

/** The number of each answer's descriptor. */
const ROOTS: Record<string, number> = {
  formations: 27,
  formationsParRegion: 27,
  jobs: 52,
  jobsEtFormations: 57,
  metiers: 69,
  metiersAll: 174,
  metiersParFormation: 174,
  metiersParEtablissement: 174,
  application: 75,
  formationById: 27,
  metiersIntitule: 81,
  jobSearch: 147,
  jobOffer: 137,
  jobApply: 149,
  jobCreate: 151,
  jobPublishing: 157,
  jobExport: 160,
  appointmentLink: 175,
};

/**
 * The descriptor of an answer (built with the others on first use).
 *
 * @example
 * ```ts
 * descriptor("formations")?.t; // "object"
 * ```
 */
export function descriptor(key: string): SchemaNode | undefined {
  const i = ROOTS[key];
  return i === undefined ? undefined : N(i);
}

/** The compiled check of each answer. */
export const checks: Record<string, CompiledCheck> = {
  formations: c0,
  formationsParRegion: c0,
  jobs: c10,
  jobsEtFormations: c27,
  metiers: c31,
  metiersAll: c34,
  metiersParFormation: c34,
  metiersParEtablissement: c34,
  application: c37,
  formationById: c0,
  metiersIntitule: c38,
  jobSearch: c40,
  jobOffer: c41,
  jobApply: c56,
  jobCreate: c57,
  jobPublishing: c58,
  jobExport: c61,
  appointmentLink: c62,
};

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
/** Hands a mismatching scalar to the sink (collecting mode only). */
const R = (d: DriftSink | undefined, m: "s" | "v" | "g", path: string, x: unknown, node: SchemaNode, holder: any, key: string | number): boolean => d !== undefined && d[m](path, x, node, holder, key);
/** The same for an object's field `k` (its path built only when collecting). */
const F = (d: DriftSink | undefined, m: "s" | "v" | "g", p: string, k: string, x: unknown, node: SchemaNode, holder: any): boolean => d !== undefined && d[m](j(p, k), x, node, holder, k);

// Descriptors (plain data).
const E0: readonly string[] = ["formation","peJob","lba","lbb","matcha","partnerJob"];
const n0: SchemaNode = { t: "enum", values: E0 };
const n1: SchemaNode = { t: "scalar", types: ["string"], o: 1, n: 1 };
const n2: SchemaNode = { t: "scalar", types: ["boolean"], o: 1, n: 1 };
const K2 = new Set(["email","name","phone","info","iv","hasEmail","url"]);
const n3: SchemaNode = { t: "scalar", types: ["number"], o: 1, n: 1 };
const n4: SchemaNode = { t: "coord", o: 1, n: 1 };
const K3 = new Set(["distance","fullAddress","latitude","longitude","city","address","cedex","zipCode","insee","departementNumber","region","numberAndStreet","remoteOnly"]);
const K5 = new Set(["id","uai","siret","name","type","hasConvention","place"]);
const K6 = new Set(["label","url"]);
const K4 = new Set(["name","siret","size","logo","description","socialNetwork","url","id","uai","mandataire","creationDate","headquarter","place","opco","elligibleHandicap","isGeiq"]);
const n5: SchemaNode = { t: "scalar", types: ["boolean","string"], o: 1, n: 1 };
const n6: SchemaNode = { t: "scalar", types: ["string","number"], o: 1, n: 1 };
const n7: SchemaNode = { t: "scalar", types: ["string","number"], o: 1, n: 1 };
const K7 = new Set(["id","creationDate","jobStartDate","description","contractType","contractDescription","duration","rythmeAlternance","elligibleHandicap","dureeContrat","quantiteContrat","romeDetails","status"]);
const n8: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const K8 = new Set(["code","label"]);
const n9: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const K9 = new Set(["code","label"]);
const K1 = new Set(["ideaType","title","longTitle","id","contact","place","company","diplomaLevel","diploma","cfd","rncpCode","rncpLabel","rncpEligibleApprentissage","period","capacity","createdAt","lastUpdateAt","onisepUrl","url","job","romes","nafs","training","idRco","idRcoFormation","cleMinistereEducatif","target_diploma_level","rdvContext"]);
const K0 = new Set(["results"]);
const K12 = new Set(["results"]);
const n10: SchemaNode = { t: "scalar", types: ["string"] };
const K15 = new Set(["results"]);
const K17 = new Set(["results"]);
const K19 = new Set(["results"]);
const K21 = new Set(["results"]);
const K10 = new Set(["peJobs","lbaCompanies","lbbCompanies","matchas","partnerJobs"]);
const K29 = new Set(["results"]);
const K27 = new Set(["formations","jobs"]);
const n11: SchemaNode = { t: "scalar", types: ["string"] };
const n12: SchemaNode = { t: "scalar", types: ["string"] };
const n13: SchemaNode = { t: "scalar", types: ["string"] };
const E1: readonly string[] = ["job","diploma"];
const n14: SchemaNode = { t: "enum", values: E1, o: 1, n: 1 };
const K33 = new Set(["codeRome","intitule"]);
const K32 = new Set(["label","romes","rncps","type","romeTitles"]);
const K31 = new Set(["labelsAndRomes","labelsAndRomesForDiplomas"]);
const n15: SchemaNode = { t: "scalar", types: ["string"] };
const K35 = new Set(["metiers"]);
const E2: readonly string[] = ["not_found","error"];
const n16: SchemaNode = { t: "enum", values: E2 };
const E3: readonly string[] = ["ok","error"];
const n17: SchemaNode = { t: "enum", values: E3 };
const K37 = new Set(["result","message"]);
const n18: SchemaNode = { t: "scalar", types: ["string"] };
const n19: SchemaNode = { t: "scalar", types: ["string"] };
const n20: SchemaNode = { t: "scalar", types: ["string"], o: 1 };
const K39 = new Set(["intitule","appellation","code_rome"]);
const K38 = new Set(["coupleAppellationRomeMetier"]);
const n21: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n22: SchemaNode = { t: "scalar", types: ["string"] };
const n23: SchemaNode = { t: "scalar", types: ["string"] };
const K42 = new Set(["id","partner_label","partner_job_id"]);
const n24: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n25: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n26: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n27: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n28: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n29: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n30: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n31: SchemaNode = { t: "scalar", types: ["string"] };
const E4: readonly string[] = ["Point"];
const n32: SchemaNode = { t: "enum", values: E4 };
const n33: SchemaNode = { t: "scalar", types: ["number"], min: -180, max: 180 };
const n34: SchemaNode = { t: "scalar", types: ["number"], min: -90, max: 90 };
const K45 = new Set(["type","coordinates"]);
const K44 = new Set(["address","geopoint"]);
const n35: SchemaNode = { t: "scalar", types: ["number"], n: 1 };
const n36: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n37: SchemaNode = { t: "scalar", types: ["string"] };
const n38: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const K47 = new Set(["code","label"]);
const K46 = new Set(["idcc","opco","naf"]);
const K43 = new Set(["siret","brand","legal_name","website","name","description","size","location","domain"]);
const n39: SchemaNode = { t: "scalar", types: ["string"] };
const n40: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n41: SchemaNode = { t: "scalar", types: ["string"], o: 1, n: 1 };
const K48 = new Set(["url","phone","recipient_id"]);
const n42: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n43: SchemaNode = { t: "scalar", types: ["number"], n: 1 };
const E5: readonly string[] = ["Apprentissage","Professionnalisation"];
const n44: SchemaNode = { t: "enum", values: E5 };
const E6: readonly string[] = ["onsite","remote","hybrid"];
const n45: SchemaNode = { t: "enum", values: E6, n: 1 };
const K49 = new Set(["start","duration","type","remote"]);
const n46: SchemaNode = { t: "scalar", types: ["string"] };
const n47: SchemaNode = { t: "scalar", types: ["string"] };
const n48: SchemaNode = { t: "scalar", types: ["string"] };
const E7: readonly string[] = ["3","4","5","6","7"];
const n49: SchemaNode = { t: "enum", values: E7 };
const n50: SchemaNode = { t: "scalar", types: ["string"] };
const K51 = new Set(["european","label"]);
const n51: SchemaNode = { t: "scalar", types: ["string"] };
const n52: SchemaNode = { t: "scalar", types: ["string"] };
const n53: SchemaNode = { t: "scalar", types: ["string"] };
const n54: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n55: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const K52 = new Set(["creation","expiration"]);
const n56: SchemaNode = { t: "scalar", types: ["number"] };
const E8: readonly string[] = ["Active","Filled","Cancelled","Pending"];
const n57: SchemaNode = { t: "enum", values: E8 };
const K50 = new Set(["title","rome_codes","description","target_diploma","desired_skills","to_be_acquired_skills","access_conditions","publication","opening_count","status"]);
const n58: SchemaNode = { t: "scalar", types: ["boolean"], o: 1 };
const K41 = new Set(["identifier","workplace","apply","contract","offer","is_delegated"]);
const n59: SchemaNode = { t: "scalar", types: ["string"] };
const K54 = new Set(["id"]);
const K53 = new Set(["identifier","workplace","apply"]);
const n60: SchemaNode = { t: "scalar", types: ["string"] };
const n61: SchemaNode = { t: "scalar", types: ["string"] };
const K55 = new Set(["code","message"]);
const K40 = new Set(["jobs","recruiters","warnings"]);
const n62: SchemaNode = { t: "scalar", types: ["string"] };
const K56 = new Set(["id"]);
const n63: SchemaNode = { t: "scalar", types: ["string"] };
const K57 = new Set(["id"]);
const E9: readonly string[] = ["WILL_BE_PUBLISHED","PUBLISHED","WILL_NOT_BE_PUBLISHED"];
const n64: SchemaNode = { t: "enum", values: E9 };
const n65: SchemaNode = { t: "scalar", types: ["string"] };
const n66: SchemaNode = { t: "scalar", types: ["string"] };
const K60 = new Set(["code","label"]);
const K59 = new Set(["status","error"]);
const K58 = new Set(["publishing"]);
const n67: SchemaNode = { t: "scalar", types: ["string"] };
const n68: SchemaNode = { t: "scalar", types: ["string"] };
const K61 = new Set(["url","lastUpdate"]);
const n69: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n70: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n71: SchemaNode = { t: "scalar", types: ["string"] };
const n72: SchemaNode = { t: "scalar", types: ["string"] };
const n73: SchemaNode = { t: "scalar", types: ["string"], n: 1 };
const n74: SchemaNode = { t: "scalar", types: ["string"] };
const n75: SchemaNode = { t: "scalar", types: ["string"] };
const n76: SchemaNode = { t: "scalar", types: ["string"] };
const n77: SchemaNode = { t: "scalar", types: ["string"] };
const K63 = new Set(["etablissement_formateur_entreprise_raison_sociale","intitule_long","lieu_formation_adresse","code_postal","etablissement_formateur_siret","cfd","localite","cle_ministere_educatif","form_url"]);
const E10: readonly string[] = ["Appointment request not available"];
const n78: SchemaNode = { t: "enum", values: E10 };
const K64 = new Set(["error"]);
const n79: SchemaNode = { t: "object", strict: true, keys: ["email","name","phone","info","iv","hasEmail","url"], required: 0, fields: { email: n1, name: n1, phone: n1, info: n1, iv: n1, hasEmail: n2, url: n1 }, o: 1, n: 1 };
const n80: SchemaNode = { t: "object", strict: true, keys: ["distance","fullAddress","latitude","longitude","city","address","cedex","zipCode","insee","departementNumber","region","numberAndStreet","remoteOnly"], required: 0, fields: { distance: n3, fullAddress: n1, latitude: n4, longitude: n4, city: n1, address: n1, cedex: n1, zipCode: n1, insee: n1, departementNumber: n1, region: n1, numberAndStreet: n1, remoteOnly: n2 }, o: 1, n: 1 };
const n81: SchemaNode = { t: "object", strict: true, keys: ["distance","fullAddress","latitude","longitude","city","address","cedex","zipCode","insee","departementNumber","region","numberAndStreet","remoteOnly"], required: 0, fields: { distance: n3, fullAddress: n1, latitude: n4, longitude: n4, city: n1, address: n1, cedex: n1, zipCode: n1, insee: n1, departementNumber: n1, region: n1, numberAndStreet: n1, remoteOnly: n2 }, o: 1, n: 1 };
const n82: SchemaNode = { t: "object", strict: true, keys: ["id","uai","siret","name","type","hasConvention","place"], required: 0, fields: { id: n1, uai: n1, siret: n1, name: n1, type: n1, hasConvention: n1, place: n81 }, o: 1, n: 1 };
const n83: SchemaNode = { t: "object", strict: true, keys: ["distance","fullAddress","latitude","longitude","city","address","cedex","zipCode","insee","departementNumber","region","numberAndStreet","remoteOnly"], required: 0, fields: { distance: n3, fullAddress: n1, latitude: n4, longitude: n4, city: n1, address: n1, cedex: n1, zipCode: n1, insee: n1, departementNumber: n1, region: n1, numberAndStreet: n1, remoteOnly: n2 }, o: 1, n: 1 };
const n84: SchemaNode = { t: "object", strict: true, keys: ["label","url"], required: 0, fields: { label: n1, url: n1 }, o: 1, n: 1 };
const n85: SchemaNode = { t: "object", strict: true, keys: ["name","siret","size","logo","description","socialNetwork","url","id","uai","mandataire","creationDate","headquarter","place","opco","elligibleHandicap","isGeiq"], required: 0, fields: { name: n1, siret: n1, size: n1, logo: n1, description: n1, socialNetwork: n1, url: n1, id: n1, uai: n1, mandataire: n2, creationDate: n1, headquarter: n82, place: n83, opco: n84, elligibleHandicap: n2, isGeiq: n2 }, o: 1, n: 1 };
const n86: SchemaNode = { t: "any", o: 1, n: 1 };
const n87: SchemaNode = { t: "object", strict: true, keys: ["id","creationDate","jobStartDate","description","contractType","contractDescription","duration","rythmeAlternance","elligibleHandicap","dureeContrat","quantiteContrat","romeDetails","status"], required: 0, fields: { id: n1, creationDate: n1, jobStartDate: n1, description: n1, contractType: n1, contractDescription: n1, duration: n1, rythmeAlternance: n1, elligibleHandicap: n2, dureeContrat: n7, quantiteContrat: n3, romeDetails: n86, status: n1 }, o: 1, n: 1 };
const n88: SchemaNode = { t: "object", strict: true, keys: ["code","label"], required: 1, fields: { code: n8, label: n1 } };
const n89: SchemaNode = { t: "array", item: n88, o: 1, n: 1 };
const n90: SchemaNode = { t: "object", strict: true, keys: ["code","label"], required: 1, fields: { code: n9, label: n1 } };
const n91: SchemaNode = { t: "array", item: n90, o: 1, n: 1 };
const n92: SchemaNode = { t: "any", o: 1, n: 1 };
const n93: SchemaNode = { t: "any", o: 1, n: 1 };
const n94: SchemaNode = { t: "object", strict: true, keys: ["ideaType","title","longTitle","id","contact","place","company","diplomaLevel","diploma","cfd","rncpCode","rncpLabel","rncpEligibleApprentissage","period","capacity","createdAt","lastUpdateAt","onisepUrl","url","job","romes","nafs","training","idRco","idRcoFormation","cleMinistereEducatif","target_diploma_level","rdvContext"], required: 1, fields: { ideaType: n0, title: n1, longTitle: n1, id: n1, contact: n79, place: n80, company: n85, diplomaLevel: n1, diploma: n1, cfd: n1, rncpCode: n1, rncpLabel: n1, rncpEligibleApprentissage: n5, period: n1, capacity: n6, createdAt: n1, lastUpdateAt: n1, onisepUrl: n1, url: n1, job: n87, romes: n89, nafs: n91, training: n92, idRco: n1, idRcoFormation: n1, cleMinistereEducatif: n1, target_diploma_level: n1, rdvContext: n93 } };
const n95: SchemaNode = { t: "array", item: n94 };
const n96: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n95 } };
const n97: SchemaNode = { t: "array", item: n94 };
const n98: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n97 } };
const n99: SchemaNode = { t: "any", o: 1 };
const n100: SchemaNode = { t: "object", strict: false, keys: ["error","message","result","status"], required: 1, fields: { error: n10, message: n1, result: n99, status: n3 } };
const n101: SchemaNode = { t: "union", options: [n98, n100], source: 1, o: 1, n: 1 };
const n102: SchemaNode = { t: "array", item: n94 };
const n103: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n102 } };
const n104: SchemaNode = { t: "union", options: [n103, n100], source: 1, o: 1, n: 1 };
const n105: SchemaNode = { t: "array", item: n94 };
const n106: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n105 } };
const n107: SchemaNode = { t: "union", options: [n106, n100], source: 1, o: 1, n: 1 };
const n108: SchemaNode = { t: "array", item: n94 };
const n109: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n108 } };
const n110: SchemaNode = { t: "union", options: [n109, n100], source: 1, o: 1, n: 1 };
const n111: SchemaNode = { t: "object", strict: false, keys: ["email","name","phone","info","iv","hasEmail","url"], required: 0, fields: { email: n1, name: n1, phone: n1, info: n1, iv: n1, hasEmail: n2, url: n1 }, o: 1, n: 1 };
const n112: SchemaNode = { t: "object", strict: false, keys: ["distance","fullAddress","latitude","longitude","city","address","cedex","zipCode","insee","departementNumber","region","numberAndStreet","remoteOnly"], required: 0, fields: { distance: n3, fullAddress: n1, latitude: n4, longitude: n4, city: n1, address: n1, cedex: n1, zipCode: n1, insee: n1, departementNumber: n1, region: n1, numberAndStreet: n1, remoteOnly: n2 }, o: 1, n: 1 };
const n113: SchemaNode = { t: "object", strict: false, keys: ["name","siret","size","logo","description","socialNetwork","url","id","uai","mandataire","creationDate","headquarter","place","opco","elligibleHandicap","isGeiq"], required: 0, fields: { name: n1, siret: n1, size: n1, logo: n1, description: n1, socialNetwork: n1, url: n1, id: n1, uai: n1, mandataire: n2, creationDate: n1, headquarter: n82, place: n83, opco: n84, elligibleHandicap: n2, isGeiq: n2 }, o: 1, n: 1 };
const n114: SchemaNode = { t: "object", strict: false, keys: ["id","creationDate","jobStartDate","description","contractType","contractDescription","duration","rythmeAlternance","elligibleHandicap","dureeContrat","quantiteContrat","romeDetails","status"], required: 0, fields: { id: n1, creationDate: n1, jobStartDate: n1, description: n1, contractType: n1, contractDescription: n1, duration: n1, rythmeAlternance: n1, elligibleHandicap: n2, dureeContrat: n7, quantiteContrat: n3, romeDetails: n86, status: n1 }, o: 1, n: 1 };
const n115: SchemaNode = { t: "array", item: n88, o: 1, n: 1 };
const n116: SchemaNode = { t: "object", strict: false, keys: ["ideaType","title","id","url","contact","place","company","job","romes"], required: 1, fields: { ideaType: n0, title: n1, id: n1, url: n1, contact: n111, place: n112, company: n113, job: n114, romes: n115 } };
const n117: SchemaNode = { t: "array", item: n116 };
const n118: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n117 } };
const n119: SchemaNode = { t: "union", options: [n118, n100], source: 1, o: 1, n: 1 };
const n120: SchemaNode = { t: "object", strict: true, keys: ["peJobs","lbaCompanies","lbbCompanies","matchas","partnerJobs"], required: 0, fields: { peJobs: n101, lbaCompanies: n104, lbbCompanies: n107, matchas: n110, partnerJobs: n119 } };
const n121: SchemaNode = { t: "array", item: n94 };
const n122: SchemaNode = { t: "object", strict: true, keys: ["results"], required: 1, fields: { results: n121 } };
const n123: SchemaNode = { t: "union", options: [n122, n100], source: 1, o: 1, n: 1 };
const n124: SchemaNode = { t: "union", options: [n120, n100], source: 1, o: 1, n: 1 };
const n125: SchemaNode = { t: "object", strict: true, keys: ["formations","jobs"], required: 0, fields: { formations: n123, jobs: n124 } };
const n126: SchemaNode = { t: "array", item: n12 };
const n127: SchemaNode = { t: "array", item: n13, o: 1, n: 1 };
const n128: SchemaNode = { t: "object", strict: true, keys: ["codeRome","intitule"], required: 0, fields: { codeRome: n1, intitule: n1 } };
const n129: SchemaNode = { t: "array", item: n128, o: 1, n: 1 };
const n130: SchemaNode = { t: "object", strict: true, keys: ["label","romes","rncps","type","romeTitles"], required: 2, fields: { label: n11, romes: n126, rncps: n127, type: n14, romeTitles: n129 } };
const n131: SchemaNode = { t: "array", item: n130 };
const n132: SchemaNode = { t: "array", item: n130, o: 1, n: 1 };
const n133: SchemaNode = { t: "object", strict: true, keys: ["labelsAndRomes","labelsAndRomesForDiplomas"], required: 1, fields: { labelsAndRomes: n131, labelsAndRomesForDiplomas: n132 } };
const n134: SchemaNode = { t: "array", item: n15 };
const n135: SchemaNode = { t: "object", strict: true, keys: ["metiers"], required: 1, fields: { metiers: n134 } };
const n136: SchemaNode = { t: "object", strict: false, keys: ["result","message","error"], required: 1, fields: { result: n16, message: n1, error: n1 } };
const n137: SchemaNode = { t: "union", options: [n135, n136] };
const n138: SchemaNode = { t: "object", strict: true, keys: ["result","message"], required: 1, fields: { result: n17, message: n1 } };
const n139: SchemaNode = { t: "object", strict: true, keys: ["intitule","appellation","code_rome"], required: 2, fields: { intitule: n18, appellation: n19, code_rome: n20 } };
const n140: SchemaNode = { t: "array", item: n139 };
const n141: SchemaNode = { t: "object", strict: true, keys: ["coupleAppellationRomeMetier"], required: 1, fields: { coupleAppellationRomeMetier: n140 } };
const n142: SchemaNode = { t: "object", strict: true, keys: ["id","partner_label","partner_job_id"], required: 3, fields: { id: n21, partner_label: n22, partner_job_id: n23 } };
const n143: SchemaNode = { t: "tuple", items: [n33, n34] };
const n144: SchemaNode = { t: "object", strict: true, keys: ["type","coordinates"], required: 2, fields: { type: n32, coordinates: n143 }, nb: 1 };
const n145: SchemaNode = { t: "object", strict: true, keys: ["address","geopoint"], required: 2, fields: { address: n31, geopoint: n144 } };
const n146: SchemaNode = { t: "object", strict: true, keys: ["code","label"], required: 2, fields: { code: n37, label: n38 }, n: 1 };
const n147: SchemaNode = { t: "object", strict: true, keys: ["idcc","opco","naf"], required: 3, fields: { idcc: n35, opco: n36, naf: n146 } };
const n148: SchemaNode = { t: "object", strict: true, keys: ["siret","brand","legal_name","website","name","description","size","location","domain"], required: 9, fields: { siret: n24, brand: n25, legal_name: n26, website: n27, name: n28, description: n29, size: n30, location: n145, domain: n147 } };
const n149: SchemaNode = { t: "object", strict: true, keys: ["url","phone","recipient_id"], required: 2, fields: { url: n39, phone: n40, recipient_id: n41 } };
const n150: SchemaNode = { t: "array", item: n44 };
const n151: SchemaNode = { t: "object", strict: true, keys: ["start","duration","type","remote"], required: 4, fields: { start: n42, duration: n43, type: n150, remote: n45 } };
const n152: SchemaNode = { t: "array", item: n47 };
const n153: SchemaNode = { t: "object", strict: true, keys: ["european","label"], required: 2, fields: { european: n49, label: n50 }, n: 1 };
const n154: SchemaNode = { t: "array", item: n51 };
const n155: SchemaNode = { t: "array", item: n52 };
const n156: SchemaNode = { t: "array", item: n53 };
const n157: SchemaNode = { t: "object", strict: true, keys: ["creation","expiration"], required: 2, fields: { creation: n54, expiration: n55 } };
const n158: SchemaNode = { t: "object", strict: true, keys: ["title","rome_codes","description","target_diploma","desired_skills","to_be_acquired_skills","access_conditions","publication","opening_count","status"], required: 10, fields: { title: n46, rome_codes: n152, description: n48, target_diploma: n153, desired_skills: n154, to_be_acquired_skills: n155, access_conditions: n156, publication: n157, opening_count: n56, status: n57 } };
const n159: SchemaNode = { t: "object", strict: true, keys: ["identifier","workplace","apply","contract","offer","is_delegated"], required: 5, fields: { identifier: n142, workplace: n148, apply: n149, contract: n151, offer: n158, is_delegated: n58 } };
const n160: SchemaNode = { t: "array", item: n159 };
const n161: SchemaNode = { t: "object", strict: true, keys: ["id"], required: 1, fields: { id: n59 } };
const n162: SchemaNode = { t: "object", strict: true, keys: ["identifier","workplace","apply"], required: 3, fields: { identifier: n161, workplace: n148, apply: n149 } };
const n163: SchemaNode = { t: "array", item: n162 };
const n164: SchemaNode = { t: "object", strict: true, keys: ["code","message"], required: 2, fields: { code: n60, message: n61 } };
const n165: SchemaNode = { t: "array", item: n164 };
const n166: SchemaNode = { t: "object", strict: true, keys: ["jobs","recruiters","warnings"], required: 3, fields: { jobs: n160, recruiters: n163, warnings: n165 } };
const n167: SchemaNode = { t: "object", strict: true, keys: ["id"], required: 1, fields: { id: n62 } };
const n168: SchemaNode = { t: "object", strict: true, keys: ["id"], required: 1, fields: { id: n63 } };
const n169: SchemaNode = { t: "object", strict: true, keys: ["code","label"], required: 2, fields: { code: n65, label: n66 }, o: 1, n: 1 };
const n170: SchemaNode = { t: "object", strict: true, keys: ["status","error"], required: 1, fields: { status: n64, error: n169 } };
const n171: SchemaNode = { t: "object", strict: true, keys: ["publishing"], required: 1, fields: { publishing: n170 } };
const n172: SchemaNode = { t: "object", strict: true, keys: ["url","lastUpdate"], required: 2, fields: { url: n67, lastUpdate: n68 } };
const n173: SchemaNode = { t: "object", strict: true, keys: ["etablissement_formateur_entreprise_raison_sociale","intitule_long","lieu_formation_adresse","code_postal","etablissement_formateur_siret","cfd","localite","cle_ministere_educatif","form_url"], required: 9, fields: { etablissement_formateur_entreprise_raison_sociale: n69, intitule_long: n70, lieu_formation_adresse: n71, code_postal: n72, etablissement_formateur_siret: n73, cfd: n74, localite: n75, cle_ministere_educatif: n76, form_url: n77 } };
const n174: SchemaNode = { t: "object", strict: true, keys: ["error"], required: 1, fields: { error: n78 } };
const n175: SchemaNode = { t: "union", options: [n173, n174] };

// Compiled checks.
function c2(v: any, d: DriftSink | undefined, p: string): boolean {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  let n = 0;
  let x: any;
  x = v.email;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "email", x, n1, v)) return false;
  }
  x = v.name;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "name", x, n1, v)) return false;
  }
  x = v.phone;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "phone", x, n1, v)) return false;
  }
  x = v.info;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "info", x, n1, v)) return false;
  }
  x = v.iv;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "iv", x, n1, v)) return false;
  }
  x = v.hasEmail;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "hasEmail", x, n2, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, n1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K2.has(k)) d.f(p, k, v[k]);
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
    if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "distance", x, n3, v)) return false;
  }
  x = v.fullAddress;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "fullAddress", x, n1, v)) return false;
  }
  x = v.latitude;
  if (x !== undefined) {
    n++;
    if (x !== null && (typeof x === "number" ? x - x !== 0 : !isNumericString(x))) {
      if (!F(d, "g", p, "latitude", x, n4, v)) return false;
    } else if (typeof x === "string") v["latitude"] = Number(x);
  }
  x = v.longitude;
  if (x !== undefined) {
    n++;
    if (x !== null && (typeof x === "number" ? x - x !== 0 : !isNumericString(x))) {
      if (!F(d, "g", p, "longitude", x, n4, v)) return false;
    } else if (typeof x === "string") v["longitude"] = Number(x);
  }
  x = v.city;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "city", x, n1, v)) return false;
  }
  x = v.address;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "address", x, n1, v)) return false;
  }
  x = v.cedex;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "cedex", x, n1, v)) return false;
  }
  x = v.zipCode;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "zipCode", x, n1, v)) return false;
  }
  x = v.insee;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "insee", x, n1, v)) return false;
  }
  x = v.departementNumber;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "departementNumber", x, n1, v)) return false;
  }
  x = v.region;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "region", x, n1, v)) return false;
  }
  x = v.numberAndStreet;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "numberAndStreet", x, n1, v)) return false;
  }
  x = v.remoteOnly;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "remoteOnly", x, n2, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K3.has(k)) d.f(p, k, v[k]);
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
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, n1, v)) return false;
  }
  x = v.uai;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "uai", x, n1, v)) return false;
  }
  x = v.siret;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "siret", x, n1, v)) return false;
  }
  x = v.name;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "name", x, n1, v)) return false;
  }
  x = v.type;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "type", x, n1, v)) return false;
  }
  x = v.hasConvention;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "hasConvention", x, n1, v)) return false;
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
    for (const k in v) if (!K5.has(k)) d.f(p, k, v[k]);
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
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "label", x, n1, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, n1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K6.has(k)) d.f(p, k, v[k]);
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
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "name", x, n1, v)) return false;
  }
  x = v.siret;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "siret", x, n1, v)) return false;
  }
  x = v.size;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "size", x, n1, v)) return false;
  }
  x = v.logo;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "logo", x, n1, v)) return false;
  }
  x = v.description;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "description", x, n1, v)) return false;
  }
  x = v.socialNetwork;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "socialNetwork", x, n1, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, n1, v)) return false;
  }
  x = v.id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, n1, v)) return false;
  }
  x = v.uai;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "uai", x, n1, v)) return false;
  }
  x = v.mandataire;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "mandataire", x, n2, v)) return false;
  }
  x = v.creationDate;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "creationDate", x, n1, v)) return false;
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
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "elligibleHandicap", x, n2, v)) return false;
  }
  x = v.isGeiq;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "isGeiq", x, n2, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K4.has(k)) d.f(p, k, v[k]);
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
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, n1, v)) return false;
  }
  x = v.creationDate;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "creationDate", x, n1, v)) return false;
  }
  x = v.jobStartDate;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "jobStartDate", x, n1, v)) return false;
  }
  x = v.description;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "description", x, n1, v)) return false;
  }
  x = v.contractType;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "contractType", x, n1, v)) return false;
  }
  x = v.contractDescription;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "contractDescription", x, n1, v)) return false;
  }
  x = v.duration;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "duration", x, n1, v)) return false;
  }
  x = v.rythmeAlternance;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "rythmeAlternance", x, n1, v)) return false;
  }
  x = v.elligibleHandicap;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "elligibleHandicap", x, n2, v)) return false;
  }
  x = v.dureeContrat;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string" || (typeof x === "number" && x - x === 0)) && !F(d, "s", p, "dureeContrat", x, n7, v)) return false;
  }
  x = v.quantiteContrat;
  if (x !== undefined) {
    n++;
    if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "quantiteContrat", x, n3, v)) return false;
  }
  x = v.romeDetails;
  if (x !== undefined) {
    n++;
  }
  x = v.status;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "status", x, n1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K7.has(k)) d.f(p, k, v[k]);
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
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "code", x, n8, v)) return false;
  x = v.label;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "label", x, n1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K8.has(k)) d.f(p, k, v[k]);
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
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "code", x, n9, v)) return false;
  x = v.label;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "label", x, n1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K9.has(k)) d.f(p, k, v[k]);
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
  if (x !== "formation" && x !== "peJob" && x !== "lba" && x !== "lbb" && x !== "matcha" && x !== "partnerJob" && !F(d, "v", p, "ideaType", x, n0, v)) return false;
  x = v.title;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "title", x, n1, v)) return false;
  }
  x = v.longTitle;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "longTitle", x, n1, v)) return false;
  }
  x = v.id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, n1, v)) return false;
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
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "diplomaLevel", x, n1, v)) return false;
  }
  x = v.diploma;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "diploma", x, n1, v)) return false;
  }
  x = v.cfd;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "cfd", x, n1, v)) return false;
  }
  x = v.rncpCode;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "rncpCode", x, n1, v)) return false;
  }
  x = v.rncpLabel;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "rncpLabel", x, n1, v)) return false;
  }
  x = v.rncpEligibleApprentissage;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean" || typeof x === "string") && !F(d, "s", p, "rncpEligibleApprentissage", x, n5, v)) return false;
  }
  x = v.period;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "period", x, n1, v)) return false;
  }
  x = v.capacity;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string" || (typeof x === "number" && x - x === 0)) && !F(d, "s", p, "capacity", x, n6, v)) return false;
  }
  x = v.createdAt;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "createdAt", x, n1, v)) return false;
  }
  x = v.lastUpdateAt;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "lastUpdateAt", x, n1, v)) return false;
  }
  x = v.onisepUrl;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "onisepUrl", x, n1, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, n1, v)) return false;
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
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "idRco", x, n1, v)) return false;
  }
  x = v.idRcoFormation;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "idRcoFormation", x, n1, v)) return false;
  }
  x = v.cleMinistereEducatif;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "cleMinistereEducatif", x, n1, v)) return false;
  }
  x = v.target_diploma_level;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "target_diploma_level", x, n1, v)) return false;
  }
  x = v.rdvContext;
  if (x !== undefined) {
    n++;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K1.has(k)) d.f(p, k, v[k]);
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
    for (const k in v) if (!K0.has(k)) d.f(p, k, v[k]);
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
    for (const k in v) if (!K12.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "error", x, n10, v)) return false;
  x = v.message;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "message", x, n1, v)) return false;
  }
  x = v.result;
  if (x !== undefined) {
    n++;
  }
  x = v.status;
  if (x !== undefined) {
    n++;
    if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "status", x, n3, v)) return false;
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
    for (const k in v) if (!K15.has(k)) d.f(p, k, v[k]);
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
    for (const k in v) if (!K17.has(k)) d.f(p, k, v[k]);
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
    for (const k in v) if (!K19.has(k)) d.f(p, k, v[k]);
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
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "email", x, n1, v)) return false;
  }
  x = v.name;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "name", x, n1, v)) return false;
  }
  x = v.phone;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "phone", x, n1, v)) return false;
  }
  x = v.info;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "info", x, n1, v)) return false;
  }
  x = v.iv;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "iv", x, n1, v)) return false;
  }
  x = v.hasEmail;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "hasEmail", x, n2, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, n1, v)) return false;
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
    if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "distance", x, n3, v)) return false;
  }
  x = v.fullAddress;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "fullAddress", x, n1, v)) return false;
  }
  x = v.latitude;
  if (x !== undefined) {
    n++;
    if (x !== null && (typeof x === "number" ? x - x !== 0 : !isNumericString(x))) {
      if (!F(d, "g", p, "latitude", x, n4, v)) return false;
    } else if (typeof x === "string") v["latitude"] = Number(x);
  }
  x = v.longitude;
  if (x !== undefined) {
    n++;
    if (x !== null && (typeof x === "number" ? x - x !== 0 : !isNumericString(x))) {
      if (!F(d, "g", p, "longitude", x, n4, v)) return false;
    } else if (typeof x === "string") v["longitude"] = Number(x);
  }
  x = v.city;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "city", x, n1, v)) return false;
  }
  x = v.address;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "address", x, n1, v)) return false;
  }
  x = v.cedex;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "cedex", x, n1, v)) return false;
  }
  x = v.zipCode;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "zipCode", x, n1, v)) return false;
  }
  x = v.insee;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "insee", x, n1, v)) return false;
  }
  x = v.departementNumber;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "departementNumber", x, n1, v)) return false;
  }
  x = v.region;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "region", x, n1, v)) return false;
  }
  x = v.numberAndStreet;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "numberAndStreet", x, n1, v)) return false;
  }
  x = v.remoteOnly;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "remoteOnly", x, n2, v)) return false;
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
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "name", x, n1, v)) return false;
  }
  x = v.siret;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "siret", x, n1, v)) return false;
  }
  x = v.size;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "size", x, n1, v)) return false;
  }
  x = v.logo;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "logo", x, n1, v)) return false;
  }
  x = v.description;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "description", x, n1, v)) return false;
  }
  x = v.socialNetwork;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "socialNetwork", x, n1, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, n1, v)) return false;
  }
  x = v.id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, n1, v)) return false;
  }
  x = v.uai;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "uai", x, n1, v)) return false;
  }
  x = v.mandataire;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "mandataire", x, n2, v)) return false;
  }
  x = v.creationDate;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "creationDate", x, n1, v)) return false;
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
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "elligibleHandicap", x, n2, v)) return false;
  }
  x = v.isGeiq;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "isGeiq", x, n2, v)) return false;
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
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, n1, v)) return false;
  }
  x = v.creationDate;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "creationDate", x, n1, v)) return false;
  }
  x = v.jobStartDate;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "jobStartDate", x, n1, v)) return false;
  }
  x = v.description;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "description", x, n1, v)) return false;
  }
  x = v.contractType;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "contractType", x, n1, v)) return false;
  }
  x = v.contractDescription;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "contractDescription", x, n1, v)) return false;
  }
  x = v.duration;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "duration", x, n1, v)) return false;
  }
  x = v.rythmeAlternance;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "rythmeAlternance", x, n1, v)) return false;
  }
  x = v.elligibleHandicap;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "boolean") && !F(d, "s", p, "elligibleHandicap", x, n2, v)) return false;
  }
  x = v.dureeContrat;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string" || (typeof x === "number" && x - x === 0)) && !F(d, "s", p, "dureeContrat", x, n7, v)) return false;
  }
  x = v.quantiteContrat;
  if (x !== undefined) {
    n++;
    if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "quantiteContrat", x, n3, v)) return false;
  }
  x = v.romeDetails;
  if (x !== undefined) {
    n++;
  }
  x = v.status;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "status", x, n1, v)) return false;
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
  if (x !== "formation" && x !== "peJob" && x !== "lba" && x !== "lbb" && x !== "matcha" && x !== "partnerJob" && !F(d, "v", p, "ideaType", x, n0, v)) return false;
  x = v.title;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "title", x, n1, v)) return false;
  }
  x = v.id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, n1, v)) return false;
  }
  x = v.url;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "url", x, n1, v)) return false;
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
    for (const k in v) if (!K21.has(k)) d.f(p, k, v[k]);
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
    for (const k in v) if (!K10.has(k)) d.f(p, k, v[k]);
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
    for (const k in v) if (!K29.has(k)) d.f(p, k, v[k]);
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
    for (const k in v) if (!K27.has(k)) d.f(p, k, v[k]);
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
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "codeRome", x, n1, v)) return false;
  }
  x = v.intitule;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "intitule", x, n1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K33.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "label", x, n11, v)) return false;
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
      if (!(typeof e1 === "string") && !R(d, "s", q1, e1, n12, a1, i1)) return false;
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
          if (!(typeof e1 === "string") && !R(d, "s", q1, e1, n13, a1, i1)) return false;
        }
      }
    }
  }
  x = v.type;
  if (x !== undefined) {
    n++;
    if (x !== null && x !== "job" && x !== "diploma" && !F(d, "v", p, "type", x, n14, v)) return false;
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
    for (const k in v) if (!K32.has(k)) d.f(p, k, v[k]);
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
    for (const k in v) if (!K31.has(k)) d.f(p, k, v[k]);
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
      if (!(typeof e1 === "string") && !R(d, "s", q1, e1, n15, a1, i1)) return false;
    }
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K35.has(k)) d.f(p, k, v[k]);
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
  if (x !== "not_found" && x !== "error" && !F(d, "v", p, "result", x, n16, v)) return false;
  x = v.message;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "message", x, n1, v)) return false;
  }
  x = v.error;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "error", x, n1, v)) return false;
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
  if (x !== "ok" && x !== "error" && !F(d, "v", p, "result", x, n17, v)) return false;
  x = v.message;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "message", x, n1, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K37.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "intitule", x, n18, v)) return false;
  x = v.appellation;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "appellation", x, n19, v)) return false;
  x = v.code_rome;
  if (x !== undefined) {
    n++;
    if (!(typeof x === "string") && !F(d, "s", p, "code_rome", x, n20, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K39.has(k)) d.f(p, k, v[k]);
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
    for (const k in v) if (!K38.has(k)) d.f(p, k, v[k]);
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
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "id", x, n21, v)) return false;
  x = v.partner_label;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "partner_label", x, n22, v)) return false;
  x = v.partner_job_id;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "partner_job_id", x, n23, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K42.has(k)) d.f(p, k, v[k]);
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
  if (x !== "Point" && !F(d, "v", p, "type", x, n32, v)) return false;
  x = v.coordinates;
  if (x === undefined) return false;
  n++;
  if (!Array.isArray(x) || x.length !== 2) return false;
  {
    const t1_0 = x[0];
    if (t1_0 === undefined) return false;
    if (!((typeof t1_0 === "number" && t1_0 - t1_0 === 0 && t1_0 >= -180 && t1_0 <= 180)) && !R(d, "s", j(p, "coordinates") + "[]", t1_0, n33, x, 0)) return false;
  }
  {
    const t1_1 = x[1];
    if (t1_1 === undefined) return false;
    if (!((typeof t1_1 === "number" && t1_1 - t1_1 === 0 && t1_1 >= -90 && t1_1 <= 90)) && !R(d, "s", j(p, "coordinates") + "[]", t1_1, n34, x, 1)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K45.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "address", x, n31, v)) return false;
  x = v.geopoint;
  if (x === undefined) return false;
  n++;
  if (!c45(x, d, d === undefined ? "" : j(p, "geopoint"))) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K44.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "code", x, n37, v)) return false;
  x = v.label;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "label", x, n38, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K47.has(k)) d.f(p, k, v[k]);
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
  if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "idcc", x, n35, v)) return false;
  x = v.opco;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "opco", x, n36, v)) return false;
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
    for (const k in v) if (!K46.has(k)) d.f(p, k, v[k]);
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
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "siret", x, n24, v)) return false;
  x = v.brand;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "brand", x, n25, v)) return false;
  x = v.legal_name;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "legal_name", x, n26, v)) return false;
  x = v.website;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "website", x, n27, v)) return false;
  x = v.name;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "name", x, n28, v)) return false;
  x = v.description;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "description", x, n29, v)) return false;
  x = v.size;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "size", x, n30, v)) return false;
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
    for (const k in v) if (!K43.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "url", x, n39, v)) return false;
  x = v.phone;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "phone", x, n40, v)) return false;
  x = v.recipient_id;
  if (x !== undefined) {
    n++;
    if (x !== null && !(typeof x === "string") && !F(d, "s", p, "recipient_id", x, n41, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K48.has(k)) d.f(p, k, v[k]);
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
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "start", x, n42, v)) return false;
  x = v.duration;
  if (x === undefined) return false;
  n++;
  if (x !== null && !((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "duration", x, n43, v)) return false;
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
      if (e1 !== "Apprentissage" && e1 !== "Professionnalisation" && !R(d, "v", q1, e1, n44, a1, i1)) return false;
    }
  }
  x = v.remote;
  if (x === undefined) return false;
  n++;
  if (x !== null && x !== "onsite" && x !== "remote" && x !== "hybrid" && !F(d, "v", p, "remote", x, n45, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K49.has(k)) d.f(p, k, v[k]);
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
  if (x !== "3" && x !== "4" && x !== "5" && x !== "6" && x !== "7" && !F(d, "v", p, "european", x, n49, v)) return false;
  x = v.label;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "label", x, n50, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K51.has(k)) d.f(p, k, v[k]);
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
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "creation", x, n54, v)) return false;
  x = v.expiration;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "expiration", x, n55, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K52.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "title", x, n46, v)) return false;
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
      if (!(typeof e1 === "string") && !R(d, "s", q1, e1, n47, a1, i1)) return false;
    }
  }
  x = v.description;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "description", x, n48, v)) return false;
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
      if (!(typeof e1 === "string") && !R(d, "s", q1, e1, n51, a1, i1)) return false;
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
      if (!(typeof e1 === "string") && !R(d, "s", q1, e1, n52, a1, i1)) return false;
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
      if (!(typeof e1 === "string") && !R(d, "s", q1, e1, n53, a1, i1)) return false;
    }
  }
  x = v.publication;
  if (x === undefined) return false;
  n++;
  if (!c52(x, d, d === undefined ? "" : j(p, "publication"))) return false;
  x = v.opening_count;
  if (x === undefined) return false;
  n++;
  if (!((typeof x === "number" && x - x === 0)) && !F(d, "s", p, "opening_count", x, n56, v)) return false;
  x = v.status;
  if (x === undefined) return false;
  n++;
  if (x !== "Active" && x !== "Filled" && x !== "Cancelled" && x !== "Pending" && !F(d, "v", p, "status", x, n57, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K50.has(k)) d.f(p, k, v[k]);
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
    if (!(typeof x === "boolean") && !F(d, "s", p, "is_delegated", x, n58, v)) return false;
  }
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K41.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "id", x, n59, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K54.has(k)) d.f(p, k, v[k]);
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
    for (const k in v) if (!K53.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "code", x, n60, v)) return false;
  x = v.message;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "message", x, n61, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K55.has(k)) d.f(p, k, v[k]);
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
    for (const k in v) if (!K40.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "id", x, n62, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K56.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "id", x, n63, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K57.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "code", x, n65, v)) return false;
  x = v.label;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "label", x, n66, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K60.has(k)) d.f(p, k, v[k]);
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
  if (x !== "WILL_BE_PUBLISHED" && x !== "PUBLISHED" && x !== "WILL_NOT_BE_PUBLISHED" && !F(d, "v", p, "status", x, n64, v)) return false;
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
    for (const k in v) if (!K59.has(k)) d.f(p, k, v[k]);
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
    for (const k in v) if (!K58.has(k)) d.f(p, k, v[k]);
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
  if (!(typeof x === "string") && !F(d, "s", p, "url", x, n67, v)) return false;
  x = v.lastUpdate;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "lastUpdate", x, n68, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K61.has(k)) d.f(p, k, v[k]);
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
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "etablissement_formateur_entreprise_raison_sociale", x, n69, v)) return false;
  x = v.intitule_long;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "intitule_long", x, n70, v)) return false;
  x = v.lieu_formation_adresse;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "lieu_formation_adresse", x, n71, v)) return false;
  x = v.code_postal;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "code_postal", x, n72, v)) return false;
  x = v.etablissement_formateur_siret;
  if (x === undefined) return false;
  n++;
  if (x !== null && !(typeof x === "string") && !F(d, "s", p, "etablissement_formateur_siret", x, n73, v)) return false;
  x = v.cfd;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "cfd", x, n74, v)) return false;
  x = v.localite;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "localite", x, n75, v)) return false;
  x = v.cle_ministere_educatif;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "cle_ministere_educatif", x, n76, v)) return false;
  x = v.form_url;
  if (x === undefined) return false;
  n++;
  if (!(typeof x === "string") && !F(d, "s", p, "form_url", x, n77, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K63.has(k)) d.f(p, k, v[k]);
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
  if (x !== "Appointment request not available" && !F(d, "v", p, "error", x, n78, v)) return false;
  let c = 0;
  for (const _ in v) c++;
  if (c !== n) {
    if (d === undefined) return false;
    for (const k in v) if (!K64.has(k)) d.f(p, k, v[k]);
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

/** The descriptor of each answer. */
export const descriptors: Record<string, SchemaNode> = {
  formations: n96,
  formationsParRegion: n96,
  jobs: n120,
  jobsEtFormations: n125,
  metiers: n133,
  metiersAll: n137,
  metiersParFormation: n137,
  metiersParEtablissement: n137,
  application: n138,
  formationById: n96,
  metiersIntitule: n141,
  jobSearch: n166,
  jobOffer: n159,
  jobApply: n167,
  jobCreate: n168,
  jobPublishing: n171,
  jobExport: n172,
  appointmentLink: n175,
};

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

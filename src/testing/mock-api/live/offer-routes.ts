/*
 * The partner routes of the mock gateway for offers: `POST /job/v1/offer` (create, or update by
 * `partner_job_id`), `PUT /job/v1/offer/{id}` (whole replacement of a published, active offer of
 * the caller's organisation), `GET /job/v1/offer/{id}/publishing-informations`, and the read of a
 * published API offer by `GET /job/v1/offer/{id}`. Bodies and errors are the server's
 * (LIVE-API-PARTNERS.md §1.4, §1.5, §2).
 */
import { json, type MockResponse } from "../response.js";
import { frameworkBadRequest, lbaError } from "./errors.js";
import { newOfferId, PUBLICATION_ERROR_LABELS, publicationTime, settle, writeTimeError, type OfferStore, type OfferVersion, type StoredOffer } from "./offer-store.js";
import { parseOfferWrite, type StoredOfferWrite } from "./offer-write-schema.js";
import type { ZodIssue } from "./query.js";

/** What the offer routes need to know. */
export interface OfferRouteContext {
  store: OfferStore;
  /** The organisation of the key: the offers' `partner_label`. */
  organisation: string;
  now: number;
  publicationDelayMs: number | undefined;
  publicationError: ((offer: StoredOfferWrite) => string | null | undefined) | undefined;
}

const OBJECT_ID = /^[0-9a-f]{24}$/i;

function version(ctx: OfferRouteContext, body: StoredOfferWrite): OfferVersion {
  const publishAt = publicationTime(ctx.now, ctx.publicationDelayMs);
  const atWrite = writeTimeError(body.workplace.name);
  const later = atWrite === null ? (ctx.publicationError?.(body) ?? null) : null;
  return { body, writtenAt: ctx.now, publishAt, error: atWrite !== null ? { code: atWrite, from: ctx.now } : later !== null ? { code: later, from: publishAt } : null };
}

/**
 * `POST /job/v1/offer`: `200 { id }` before publication.
 *
 * @example
 * ```ts
 * declare const ctx: OfferRouteContext;
 * createOfferRoute(ctx, { offer: {}, apply: {}, workplace: {} }).status; // 400
 * ```
 */
export function createOfferRoute(ctx: OfferRouteContext, raw: unknown): MockResponse {
  const parsed = parseOfferWrite(raw, false);
  if ("issues" in parsed) return frameworkBadRequest(parsed.issues as ZodIssue[], "body");
  const body = parsed.body;
  const partnerJobId = body.identifier?.partner_job_id;
  // The server looks the id up only when it is truthy (an empty one creates an offer every time).
  const knownId = partnerJobId ? ctx.store.byPartnerJobId.get(`${ctx.organisation}\u0000${partnerJobId}`) : undefined;
  let offer = knownId === undefined ? undefined : ctx.store.byId.get(knownId);
  if (!offer) {
    const id = newOfferId(ctx.store);
    offer = { id, partnerLabel: ctx.organisation, partnerJobId: partnerJobId ?? id, createdAt: ctx.now, published: undefined, pending: undefined };
    ctx.store.byId.set(id, offer);
    ctx.store.byPartnerJobId.set(`${ctx.organisation}\u0000${offer.partnerJobId}`, id);
  }
  settle(offer, ctx.now).pending = version(ctx, body);
  return json(200, { id: offer.id });
}

/**
 * `PUT /job/v1/offer/{id}`: `204`, or the server's 400/403/404/500.
 *
 * @example
 * ```ts
 * declare const ctx: OfferRouteContext;
 * updateOfferRoute(ctx, "not-an-id", {}).status; // 500
 * ```
 */
export function updateOfferRoute(ctx: OfferRouteContext, id: string, raw: unknown): MockResponse {
  // The ownership check reads the id as an ObjectId before any validation, and throws.
  if (!OBJECT_ID.test(id)) return lbaError(500, "Une erreur est survenue");
  const offer = ctx.store.byId.get(id.toLowerCase());
  const published = offer ? settle(offer, ctx.now).published : undefined;
  if (offer && published && offer.partnerLabel !== ctx.organisation) return lbaError(403, "Unauthorized");
  const parsed = parseOfferWrite(raw, true);
  if ("issues" in parsed) return frameworkBadRequest(parsed.issues as ZodIssue[], "body");
  // PUT reads the published collection only: an offer still waiting for the pipeline is a 404.
  if (!offer || !published) return lbaError(404, "Job offer not found");
  if (published.body.offer.status !== "Active") return lbaError(400, "Job must be active in order to be modified");
  offer.pending = version(ctx, parsed.body);
  return { status: 204, headers: {}, body: undefined };
}

/**
 * `GET /job/v1/offer/{id}/publishing-informations`: the status of the last write.
 *
 * @example
 * ```ts
 * declare const ctx: OfferRouteContext;
 * publishingRoute(ctx, "f00000000000000000000001").body; // { publishing: { status: "WILL_BE_PUBLISHED" } }
 * ```
 */
export function publishingRoute(ctx: Pick<OfferRouteContext, "store" | "now">, id: string): MockResponse {
  if (!OBJECT_ID.test(id)) {
    return lbaError(400, "params.id: Invalid input", { validationError: { code: "FST_ERR_VALIDATION", issues: [{ code: "custom", path: ["id"], message: "Invalid input" }], name: "ZodError", statusCode: 400, validationContext: "params" } });
  }
  const offer = ctx.store.byId.get(id.toLowerCase());
  if (!offer) return lbaError(404, `Aucune offre d'emploi trouvée pour l'ID: ${id.toLowerCase()}`);
  const pending = settle(offer, ctx.now).pending;
  if (!pending) return json(200, { publishing: { status: "PUBLISHED" } });
  if (pending.error && pending.error.from <= ctx.now) {
    const { code } = pending.error;
    return json(200, { publishing: { status: "WILL_NOT_BE_PUBLISHED", error: { code, label: PUBLICATION_ERROR_LABELS[code] ?? code } } });
  }
  return json(200, { publishing: { status: "WILL_BE_PUBLISHED" } });
}

/**
 * A published API offer as `GET /job/v1/offer/{id}` reads it, or `undefined` when the id is not
 * one of the store's published offers. What the pipeline derives (the company's legal name, NAF,
 * OPCO, the point) is left null or fixed, and the ROME code is the one the mock "infers" for all.
 *
 * @example
 * ```ts
 * declare const store: OfferStore;
 * readPublishedOffer(store, "f00000000000000000000001", Date.now()); // undefined until published
 * ```
 */
export function readPublishedOffer(store: OfferStore, id: string, now: number): unknown {
  const offer = store.byId.get(id.toLowerCase());
  const published = offer ? settle(offer, now).published : undefined;
  if (!offer || !published) return undefined;
  return readModel(offer, published.body);
}

const iso = (value: string | null) => (value === null ? null : new Date(value).toISOString());

function readModel(offer: StoredOffer, body: StoredOfferWrite): unknown {
  const { contract, workplace, apply } = body;
  const details = body.offer;
  const creation = details.publication.creation ?? new Date(offer.createdAt).toISOString();
  const expiration = details.publication.expiration ?? new Date(offer.createdAt + 61 * 86_400_000).toISOString();
  const labels: Record<string, string> = { "3": "CAP, BEP (Infrabac)", "4": "Bac, Bac Pro, BP (Bac)", "5": "BTS, DEUST (Bac+2)", "6": "Licence, BUT, Licence Pro (Bac+3)", "7": "Master, titre ingénieur, grande école (Bac+5)" };
  const level = details.target_diploma?.european ?? null;
  return {
    identifier: { id: offer.id, partner_label: offer.partnerLabel, partner_job_id: offer.partnerJobId },
    workplace: {
      siret: workplace.siret.trim(),
      brand: null,
      legal_name: null,
      website: workplace.website,
      name: workplace.name,
      description: workplace.description,
      size: null,
      location: { address: workplace.location?.address ?? "20 AVENUE DE SEGUR 75007 PARIS", geopoint: { type: "Point", coordinates: [2.3088, 48.8497] } },
      domain: { idcc: null, opco: null, naf: null },
    },
    apply: {
      url: apply.url ?? `https://labonnealternance.apprentissage.beta.gouv.fr/emploi/offres_emploi_partenaires/${offer.id}/offre`,
      phone: apply.phone,
      recipient_id: apply.email ? `partners_${offer.id}` : null,
    },
    contract: { start: iso(contract.start), duration: contract.duration, type: contract.type, remote: contract.remote },
    offer: {
      title: details.title,
      rome_codes: ["M1602"],
      description: details.description,
      target_diploma: level === null ? null : { european: level, label: labels[level] },
      desired_skills: details.desired_skills,
      to_be_acquired_skills: details.to_be_acquired_skills,
      access_conditions: details.access_conditions,
      publication: { creation: iso(creation), expiration: iso(expiration) },
      opening_count: details.opening_count,
      status: details.status,
    },
    is_delegated: false,
  };
}

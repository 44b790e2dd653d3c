import { LbaInputError } from "../errors/index.js";
import { parseRecipientId, RECIPIENT_ID_EXPECTED, type RecipientItem } from "../query/recipient-id.js";
import { baseUrlOr } from "../input/url.js";
import { checkKnownKeys, checkOptionsObject, IssueList, own, readText } from "./option-reader.js";
import { WIDGET_BASE_URL } from "./widget-options.js";

// The site's application page, `/postuler` (ui/app/(candidat)/postuler/PostulerPage.tsx). Today it
// reads `caller` (required) and `recipient_id` (`partners_<id>` or `recruiters_<id>`, the
// `apply.recipient_id` of a search item), or `type` + `itemId` where type is one of partners,
// recruiters, offres_emploi_partenaires, offres_emploi_lba. The 2022 types (matcha, lba, lbb) end
// on its "unexpected type" error: `legacyApplyUrl` of `labonnealternance/legacy` builds them for
// copies of the 2022 site.

/**
 * Options of {@link applyUrl} for today's `/postuler` page (the default).
 *
 * @example
 * ```ts
 * import { applyUrl, type RecipientApplyUrlOptions } from "labonnealternance";
 * const options: RecipientApplyUrlOptions = { caller: "mon-site", recipientId: "partners_64f1c2a9e4b0a1b2c3d4e5f6" };
 * const url = applyUrl(options);
 * ```
 */
export interface RecipientApplyUrlOptions {
  /**
   * Removed in 1.0.0: the 2022 form is `legacyApplyUrl` of `labonnealternance/legacy`.
   * @deprecated import `legacyApplyUrl` from `labonnealternance/legacy`.
   */
  legacy?: never;
  /**
   * Identifies your site (required by the page). At most 200 characters.
   * @example "mon-site"
   */
  caller: string;
  /**
   * Who receives the application: the `apply.recipient_id` of a search item (`partners_<24 hex>`
   * for an offer, `recruiters_<24 hex>` for a company), or the item itself. An item whose
   * `recipient_id` is `null` takes no application on La Bonne Alternance: its `apply.url` is the way
   * (an `LbaInputError` says so).
   * @example "partners_64f1c2a9e4b0a1b2c3d4e5f6"
   */
  recipientId: string | RecipientItem;
  /**
   * Site serving the page.
   * @default "https://labonnealternance.apprentissage.beta.gouv.fr"
   * @example "https://labonnealternance-recette.apprentissage.beta.gouv.fr"
   */
  baseUrl?: string | undefined;
}

/**
 * Options of {@link applyUrl}: today's page (`recipientId`); the 2022 form is `legacyApplyUrl` of `labonnealternance/legacy`.
 *
 * @example
 * ```ts
 * import { applyUrl, type ApplyUrlOptions } from "labonnealternance";
 * const today: ApplyUrlOptions = { caller: "mon-site", recipientId: "recruiters_64f1c2a9e4b0a1b2c3d4e5f6" };
 * applyUrl(today);
 * ```
 */
export type ApplyUrlOptions = RecipientApplyUrlOptions & { itemId?: never; type?: never };

const KEYS = ["legacy", "caller", "recipientId", "baseUrl"];

/**
 * The URL of the site's application page for one offer or company, to open or put in an iframe:
 * `{baseUrl}/postuler?caller=...&recipient_id=partners_...` (the page shows the offer and its
 * application form). The 2022 form (`/postuler?caller=&itemId=&type=matcha`) is `legacyApplyUrl` of
 * `labonnealternance/legacy`.
 *
 * @example
 * ```ts
 * import { applyUrl, createLbaClient } from "labonnealternance";
 * const client = createLbaClient({ caller: "mon-site", apiKey: "my-key" });
 * const { jobs } = await client.searchCompanies({ romes: "D1102" });
 * const offer = jobs.find((job) => job.apply.recipient_id !== null);
 * if (offer) applyUrl({ caller: "mon-site", recipientId: offer });
 * // "https://labonnealternance.apprentissage.beta.gouv.fr/postuler?caller=mon-site&recipient_id=partners_..."
 * ```
 */
export function applyUrl(options: ApplyUrlOptions): string {
  const input = checkOptionsObject(options, "{ caller, recipientId }");
  return recipientApplyUrl(input);
}

function recipientApplyUrl(input: Record<string, unknown>): string {
  const issues = new IssueList();
  checkKnownKeys(input, KEYS, issues, (key) =>
    key === "itemId" || key === "type" ? { field: key, problem: "is an option of the 2022 form, which today's page does not take", expected: "recipientId (a search item's apply.recipient_id), or legacyApplyUrl of labonnealternance/legacy for a copy of the 2022 site" } : undefined,
  );
  const legacy = own(input, "legacy");
  if (legacy !== undefined && legacy !== false) issues.add({ field: "legacy", problem: legacy === true ? "is no longer an option: the 2022 form has its own entry" : "is not a boolean", expected: "legacyApplyUrl of labonnealternance/legacy for the 2022 form, or leave legacy out" });
  const base = issues.check(() => baseUrlOr(own(input, "baseUrl"), "baseUrl", WIDGET_BASE_URL));
  const caller = readText(own(input, "caller"), "caller", 200, 'a name for your site, e.g. "mon-site"', issues);
  if (own(input, "caller") === undefined) issues.add({ field: "caller", problem: "is missing", expected: 'a name for your site, e.g. "mon-site"' });
  const recipient = issues.check(() => recipientOf(own(input, "recipientId")));
  issues.throwIfAny();
  return `${base!}/postuler?${new URLSearchParams({ caller: caller!, recipient_id: recipient! }).toString()}`;
}

/** The recipient id: a string of the right form, or the `apply.recipient_id` of a search item. */
function recipientOf(value: unknown): string {
  if (typeof value === "string") return parseRecipientId(value);
  const apply = own(value, "apply");
  const id = own(apply, "recipient_id");
  if (typeof id === "string") return recipientOf(id);
  if (typeof apply === "object" && apply !== null && (id === null || id === undefined)) {
    const url = own(apply, "url");
    throw new LbaInputError({
      field: "recipientId",
      problem: "is null: this item takes no application on La Bonne Alternance",
      expected: typeof url === "string" && url !== "" ? `the item's apply.url (${url.slice(0, 200)})` : "an item whose apply.recipient_id is set, or its apply.url",
    });
  }
  throw new LbaInputError({ field: "recipientId", problem: value === undefined ? "is missing" : value === null ? "is null" : "is not a recipient id", expected: RECIPIENT_ID_EXPECTED });
}

import { LbaInputError } from "../errors/index.js";
import { parseRecipientId, RECIPIENT_ID_EXPECTED, type RecipientItem } from "../query/recipient-id.js";
import { checkBaseUrl, checkHttpUrl, checkText } from "./check-url.js";
import { checkKnownKeys, checkOptionsObject, IssueList, own, readText } from "./option-reader.js";
import { WIDGET_BASE_URL } from "./widget-options.js";

// The site's application page, `/postuler` (ui/app/(candidat)/postuler/PostulerPage.tsx). Today it
// reads `caller` (required) and `recipient_id` (`partners_<id>` or `recruiters_<id>`, the
// `apply.recipient_id` of a search item), or `type` + `itemId` where type is one of partners,
// recruiters, offres_emploi_partenaires, offres_emploi_lba. The 2022 types (matcha, lba, lbb) end
// on its "unexpected type" error: they are kept behind `legacy: true` for copies of the 2022 site.

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
   * Leave out (or `false`) for today's page; `true` selects the 2022 form ({@link LegacyApplyUrlOptions}).
   * @default false
   * @example false
   */
  legacy?: false | undefined;
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
 * Options of {@link applyUrl} for the 2022 form (`legacy: true`): `/postuler?caller=&itemId=&type=`
 * with a 2022 item type, for copies of the 2022 site (today's page answers "unexpected type").
 *
 * @example
 * ```ts
 * import { applyUrl, type LegacyApplyUrlOptions } from "labonnealternance";
 * const options: LegacyApplyUrlOptions = { legacy: true, caller: "my-site", itemId: "62b1d6c25fd2b1002f5fc12c", type: "matcha" };
 * const url = applyUrl(options);
 * ```
 */
export interface LegacyApplyUrlOptions {
  /**
   * `true`: the 2022 form.
   * @example true
   */
  legacy: true;
  /**
   * Identifies your service (required).
   * @example "my-site"
   */
  caller: string;
  /**
   * Id of the offer or company (a 2022 result item's `id`, SIRET for companies).
   * @example "62b1d6c25fd2b1002f5fc12c"
   */
  itemId: string;
  /**
   * Kind of item: `matcha` (La Bonne Alternance offers), `lba` or `lbb` (companies).
   * @example "matcha"
   */
  type: "matcha" | "lba" | "lbb";
  /**
   * Site serving the form.
   * @default "https://labonnealternance.apprentissage.beta.gouv.fr"
   * @example "https://lba-2022.example.org"
   */
  baseUrl?: string | undefined;
}

/**
 * Options of {@link applyUrl}: today's page by default, the 2022 form with `legacy: true`.
 *
 * @example
 * ```ts
 * import { applyUrl, type ApplyUrlOptions } from "labonnealternance";
 * const today: ApplyUrlOptions = { caller: "mon-site", recipientId: "recruiters_64f1c2a9e4b0a1b2c3d4e5f6" };
 * applyUrl(today);
 * ```
 */
export type ApplyUrlOptions = (RecipientApplyUrlOptions & { itemId?: never; type?: never }) | LegacyApplyUrlOptions;

const KEYS = ["legacy", "caller", "recipientId", "baseUrl"];
const LEGACY_KEYS = ["legacy", "caller", "itemId", "type", "baseUrl"];

/**
 * The URL of the site's application page for one offer or company, to open or put in an iframe:
 * `{baseUrl}/postuler?caller=...&recipient_id=partners_...` (the page shows the offer and its
 * application form). With `legacy: true`, the 2022 form `/postuler?caller=&itemId=&type=matcha`.
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
  const input = checkOptionsObject(options, "{ caller, recipientId } (or { legacy: true, caller, itemId, type })");
  return own(input, "legacy") === true ? legacyApplyUrl(input) : recipientApplyUrl(input);
}

function recipientApplyUrl(input: Record<string, unknown>): string {
  const issues = new IssueList();
  checkKnownKeys(input, KEYS, issues, (key) =>
    key === "itemId" || key === "type" ? { field: key, problem: "is an option of the 2022 form, which today's page does not take", expected: "recipientId (a search item's apply.recipient_id), or legacy: true for a copy of the 2022 site" } : undefined,
  );
  const legacy = own(input, "legacy");
  if (legacy !== undefined && legacy !== false) issues.add({ field: "legacy", problem: "is not a boolean", expected: "true (the 2022 form) or false / left out", value: typeof legacy });
  const base = issues.check(() => checkBaseUrl(own(input, "baseUrl"), "baseUrl", WIDGET_BASE_URL));
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

/** The 2022 form, as the SDK built it before today's page (own properties, known keys). */
function legacyApplyUrl(input: Record<string, unknown>): string {
  const issues = new IssueList();
  checkKnownKeys(input, LEGACY_KEYS, issues, (key) =>
    key === "recipientId" ? { field: key, problem: "is not an option of the 2022 form (legacy: true)", expected: "itemId and type, or leave legacy out for today's page" } : undefined,
  );
  issues.throwIfAny();
  const baseUrl = own(input, "baseUrl");
  const type = own(input, "type");
  const base = baseUrl === undefined ? WIDGET_BASE_URL : checkHttpUrl(baseUrl, "baseUrl", true);
  const params = new URLSearchParams({ caller: checkText(own(input, "caller"), "caller"), itemId: checkText(own(input, "itemId"), "itemId") });
  if (typeof type !== "string" || !["matcha", "lba", "lbb"].includes(type)) {
    throw new LbaInputError({ field: "type", problem: "is not an item type", expected: '"matcha", "lba" or "lbb"', value: type });
  }
  params.set("type", type);
  return `${base}/postuler?${params.toString()}`;
}

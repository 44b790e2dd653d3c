import { LbaInputError } from "../../errors/index.js";
import { checkUrl } from "../../input/url.js";
import { checkText } from "../../widget/check-text.js";
import { checkKnownKeys, checkOptionsObject, IssueList, own } from "../../widget/option-reader.js";
import { WIDGET_BASE_URL } from "../../widget/widget-options.js";

/**
 * Options of {@link legacyApplyUrl}: the 2022 form, `/postuler?caller=&itemId=&type=` with a 2022
 * item type, for copies of the 2022 site (today's page answers "unexpected type").
 *
 * @example
 * ```ts
 * import { legacyApplyUrl, type LegacyApplyUrlOptions } from "labonnealternance/legacy";
 * const options: LegacyApplyUrlOptions = { caller: "my-site", itemId: "62b1d6c25fd2b1002f5fc12c", type: "matcha" };
 * const url = legacyApplyUrl(options);
 * ```
 */
export interface LegacyApplyUrlOptions {
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
  baseUrl?: string;
}

const KEYS = ["caller", "itemId", "type", "baseUrl"];

/**
 * The URL of the 2022 application form, `{baseUrl}/postuler?caller=&itemId=&type=matcha`, as the SDK
 * built it before today's page (own properties, known keys); `applyUrl` of `labonnealternance`
 * builds today's page.
 *
 * @example
 * ```ts
 * import { legacyApplyUrl } from "labonnealternance/legacy";
 * legacyApplyUrl({ caller: "my-site", itemId: "62b1d6c25fd2b1002f5fc12c", type: "matcha" });
 * // "https://labonnealternance.apprentissage.beta.gouv.fr/postuler?caller=my-site&itemId=62b1d6c25fd2b1002f5fc12c&type=matcha"
 * ```
 */
export function legacyApplyUrl(options: LegacyApplyUrlOptions): string {
  const input = checkOptionsObject(options, "{ caller, itemId, type }");
  const issues = new IssueList();
  checkKnownKeys(input, KEYS, issues, (key) =>
    key === "recipientId" ? { field: key, problem: "is not an option of the 2022 form", expected: "itemId and type, or applyUrl of labonnealternance for today's page" } : undefined,
  );
  issues.throwIfAny();
  const baseUrl = own(input, "baseUrl");
  const type = own(input, "type");
  const base = baseUrl === undefined ? WIDGET_BASE_URL : checkUrl(baseUrl, "baseUrl", "base", WIDGET_BASE_URL);
  const params = new URLSearchParams({ caller: checkText(own(input, "caller"), "caller"), itemId: checkText(own(input, "itemId"), "itemId") });
  if (typeof type !== "string" || !["matcha", "lba", "lbb"].includes(type)) {
    throw new LbaInputError({ field: "type", problem: "is not an item type", expected: '"matcha", "lba" or "lbb"', value: type });
  }
  params.set("type", type);
  return `${base}/postuler?${params.toString()}`;
}

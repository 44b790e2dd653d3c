import type { NearArea } from "../geo/index.js";
import type { DiplomaInput } from "../query/index.js";

/**
 * What today's search page (`/recherche`) lists, sent as its `mode` parameter:
 * - `"jobs"` (the site's `emplois`, its default): job offers and companies likely to hire, except
 *   the offers posted by training centres;
 * - `"trainings"` (`formations`): trainings only;
 * - `"jobs-with-training"` (`emplois_formation`): ONLY the offers that come with their training
 *   (posted by a training centre or a GEIQ). It is not "jobs and trainings": the page has no mode
 *   listing both.
 *
 * The site's own values are accepted too.
 *
 * @example
 * ```ts
 * import type { WidgetMode } from "labonnealternance";
 * const mode: WidgetMode = "trainings";
 * ```
 */
export type WidgetMode = "jobs" | "trainings" | "jobs-with-training" | "emplois" | "formations" | "emplois_formation";

/**
 * How the page sorts its results (`sort`); without it, by relevance. `"proximity"` needs a place
 * (`where`); a trainings search sorts by relevance or proximity only.
 *
 * @example
 * ```ts
 * import type { WidgetSort } from "labonnealternance";
 * const sort: WidgetSort = "date"; // newest offers first
 * ```
 */
export type WidgetSort = "proximity" | "date" | "applications" | "start_date";

/**
 * A contract type of the page's `contract_type` filter.
 *
 * @example
 * ```ts
 * import type { WidgetContractType } from "labonnealternance";
 * const contract: WidgetContractType = "Professionnalisation";
 * ```
 */
export type WidgetContractType = "Apprentissage" | "Professionnalisation";

/**
 * The labels the page's `level` filter matches (the site's own vocabulary, by level 3 to 7).
 *
 * @example
 * ```ts
 * import type { WidgetLevelLabel } from "labonnealternance";
 * const label: WidgetLevelLabel = "BTS, DEUST (Bac+2)";
 * ```
 */
export type WidgetLevelLabel =
  | "CAP, BEP (Infrabac)"
  | "Bac, Bac Pro, BP (Bac)"
  | "BTS, DEUST (Bac+2)"
  | "Licence, BUT, Licence Pro (Bac+3)"
  | "Master, titre ingénieur, grande école (Bac+5)";

/**
 * A diploma level for the page's `level` filter: `3` (CAP) to `7` (Master) as a number or a string,
 * a diploma label of the API, or the page's own label. It is sent as the page's label (the page
 * matches labels, not digits).
 *
 * @example
 * ```ts
 * import type { WidgetLevel } from "labonnealternance";
 * const levels: WidgetLevel[] = [5, "6", "Master, titre ingénieur, grande école (Bac+5)"];
 * ```
 */
export type WidgetLevel = DiplomaInput | WidgetLevelLabel;

/**
 * A label of the page's `type_filter_label` filter. The known ones are listed; the site may add
 * others, so any label is accepted. The training labels only apply to a trainings search, the
 * others to a jobs search.
 *
 * @example
 * ```ts
 * import type { WidgetTypeFilterLabel } from "labonnealternance";
 * const label: WidgetTypeFilterLabel = "Formation à distance";
 * ```
 */
export type WidgetTypeFilterLabel =
  | "Formation à distance"
  | "Formation en présentiel"
  | "Offres d'emploi La bonne alternance"
  | "Offres d'emploi partenaires"
  | "Offres d'emploi postées par des écoles"
  | "Candidatures spontanées"
  | (string & {});

/**
 * Options of {@link widgetUrl} and {@link widgetIframe} for today's search page,
 * `{baseUrl}/recherche` (the default). Each option is one parameter the page reads; defaults are
 * left out of the URL, as the site does.
 *
 * @example
 * ```ts
 * import { near, widgetUrl, type SearchWidgetOptions } from "labonnealternance";
 * const options: SearchWidgetOptions = {
 *   caller: "mon-site",
 *   q: "boulanger",
 *   where: near(47.2184, -1.5536, { radius: 20 }),
 *   placeLabel: "Nantes 44000",
 * };
 * const url = widgetUrl(options);
 * ```
 */
export interface SearchWidgetOptions {
  /**
   * Removed in 1.0.0: the 2022 widget is `legacyWidgetUrl` of `labonnealternance/legacy`.
   * @deprecated import `legacyWidgetUrl` from `labonnealternance/legacy`.
   */
  legacy?: never;
  /**
   * Identifies your site (required), sent as `caller`. The search page itself does not read it (its
   * own widget tester adds it the same way): it names your site in the requests La Bonne Alternance
   * sees. At most 200 characters.
   * @example "mon-site"
   */
  caller: string;
  /**
   * Free text searched (`q`): a job title, a trade, keywords. At most 200 characters (the site's limit).
   * @default undefined (no text: everything in the place and filters)
   * @example "boulanger"
   */
  q?: string;
  /**
   * What the page lists (`mode`).
   * @default "jobs" (not written in the URL)
   * @example "trainings"
   */
  mode?: WidgetMode;
  /**
   * Where to search: `near(latitude, longitude, { radius })`, sent as `latitude`, `longitude` and
   * `radius`. The radius is a whole number of km from 0 to 200; the page's default, 20, is left out
   * of the URL (`near` itself defaults to 30, which is sent). The page widens a search without
   * results by steps of 20 km up to 100. An `insee` code is not needed.
   * @default undefined (all of France)
   * @example near(47.2184, -1.5536, { radius: 20 })
   */
  where?: NearArea;
  /**
   * The place's name shown in the page's place field (`lieu_label`); needs `where`. At most 200 characters.
   * @default undefined
   * @example "Nantes 44000"
   */
  placeLabel?: string;
  /**
   * Contract types (`contract_type`, repeated). Jobs searches only.
   * @default undefined (any)
   * @example "Apprentissage"
   */
  contractTypes?: WidgetContractType | readonly WidgetContractType[];
  /**
   * Diploma levels aimed at (`level`, repeated, sent as the page's labels). Offers and trainings
   * without a level always match.
   * @default undefined (any)
   * @example [5, 6]
   */
  levels?: WidgetLevel | readonly WidgetLevel[];
  /**
   * Sectors of activity, as the page's facets name them (NAF labels, `activity_sector`, repeated).
   * Jobs searches only. At most 200 characters each.
   * @default undefined (any)
   * @example "Boulangerie et boulangerie-pâtisserie"
   */
  activitySectors?: string | readonly string[];
  /**
   * Result kinds by label (`type_filter_label`, repeated).
   * @default undefined (any)
   * @example "Formation à distance"
   */
  typeFilterLabels?: WidgetTypeFilterLabel | readonly WidgetTypeFilterLabel[];
  /**
   * One company or training centre, by its exact name (`organization_name`). At most 200 characters.
   * @default undefined
   * @example "BOULANGERIE DU PORT"
   */
  organizationName?: string;
  /**
   * Offers that start by this date (`start_date`, `YYYY-MM-DD`, a real calendar date), plus those
   * with a flexible start. Jobs searches only.
   * @default undefined
   * @example "2026-09-01"
   */
  startDate?: string;
  /**
   * `true`: only offers to start as soon as possible (`urgent`). Jobs searches only. `false` is
   * written as the site writes it and filters nothing.
   * @default undefined
   * @example true
   */
  urgent?: boolean;
  /**
   * `true`: only employers committed to hiring people with disabilities (`handi`). Jobs searches only.
   * @default undefined
   * @example true
   */
  handi?: boolean;
  /**
   * `true`: only offers that take an application on La Bonne Alternance (`smart_apply`). Jobs searches only.
   * @default undefined
   * @example true
   */
  smartApply?: boolean;
  /**
   * Sort order (`sort`).
   * @default undefined (relevance)
   * @example "proximity"
   */
  sort?: WidgetSort;
  /**
   * Page index, from 0 (`page`; 0 is left out). The page reads it, but today it lists from the first
   * page and loads the next ones as the user scrolls.
   * @default 0
   * @example 1
   */
  page?: number;
  /**
   * Results per page, 1 to 100 (`hitsPerPage`; 20 is left out).
   * @default 20
   * @example 50
   */
  hitsPerPage?: number;
  /**
   * The site serving the page (e.g. the staging site): an absolute http(s) URL without query or fragment.
   * @default "https://labonnealternance.apprentissage.beta.gouv.fr"
   * @example "https://labonnealternance-recette.apprentissage.beta.gouv.fr"
   */
  baseUrl?: string;
}

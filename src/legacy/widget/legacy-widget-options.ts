import type { DiplomaInput, RomesInput } from "../../query/index.js";
import type { NearArea } from "../../geo/index.js";

/**
 * What the 2022 widget searches: `/recherche-apprentissage`,
 * `/recherche-emploi` or `/recherche-apprentissage-formation`.
 *
 * @example
 * ```ts
 * import type { WidgetScope } from "labonnealternance/legacy";
 * const scope: WidgetScope = "trainings";
 * ```
 */
export type WidgetScope = "trainings-and-jobs" | "jobs" | "trainings";

/**
 * Options of {@link legacyWidgetUrl} and {@link legacyWidgetIframe}: the 2022 widget, for
 * copies of the 2022 site. Today's production site redirects these URLs to `/recherche`, which
 * ignores their parameters (an empty search): use `widgetUrl` of `labonnealternance` for it.
 *
 * @example
 * ```ts
 * import { near } from "labonnealternance";
 * import { legacyWidgetUrl, type LegacyWidgetOptions } from "labonnealternance/legacy";
 * const options: LegacyWidgetOptions = { caller: "my-site", scope: "jobs", romes: ["M1805"], where: near(47.2184, -1.5536, { radius: 30 }) };
 * const url = legacyWidgetUrl({ ...options, baseUrl: "https://lba-2022.example.org" });
 * ```
 */
export interface LegacyWidgetOptions {
  /**
   * Identifies your service to La Bonne Alternance (required).
   * @example "my-school-website"
   */
  caller: string;
  /**
   * What the widget searches: `/recherche-apprentissage`, `/recherche-emploi` or
   * `/recherche-apprentissage-formation`.
   * @default "trainings-and-jobs"
   * @example "jobs"
   */
  scope?: WidgetScope;
  /**
   * ROME codes; needed for the widget to search on load.
   * @default undefined
   * @example "M1805, M1802"
   */
  romes?: RomesInput;
  /**
   * Where to search: `near(lat, lon, { radius, insee })`. The widget only offers radii 10, 30, 60 and 100 km.
   * @default undefined
   * @example near(47.2184, -1.5536, { radius: 30, insee: "44109" })
   */
  where?: NearArea;
  /**
   * Label shown in the job field.
   * @default undefined
   * @example "Développement web"
   */
  jobName?: string;
  /**
   * Locks the job field (`frozen_job=1`).
   * @default false
   * @example true
   */
  frozenJob?: boolean;
  /**
   * Absolute http(s) URL the widget's logo links back to (the widget posts `{ type: "goToPage" }`,
   * see {@link listenToWidget}).
   * @default undefined
   * @example "https://my-school.example/offres"
   */
  returnUri?: string;
  /**
   * Absolute http(s) URL of your logo, shown in the widget.
   * @default undefined
   * @example "https://my-school.example/logo.svg"
   */
  returnLogoUrl?: string;
  /**
   * Postcode shown in the place field.
   * @default undefined
   * @example "44000"
   */
  zipcode?: string;
  /**
   * Address label shown in the place field.
   * @default undefined
   * @example "Nantes 44000"
   */
  address?: string;
  /**
   * Diploma level (3 to 7) or label.
   * @default undefined
   * @example 5
   */
  diploma?: DiplomaInput;
  /**
   * OPCO name to restrict trainings to.
   * @default undefined
   * @example "AKTO"
   */
  opco?: string;
  /**
   * UTM parameters for your own statistics.
   * @default undefined
   * @example { source: "my-site", medium: "widget", campaign: "rentree" }
   */
  utm?: { campaign?: string; source?: string; medium?: string };
  /**
   * Site serving the widget (e.g. the staging site).
   * @default "https://labonnealternance.apprentissage.beta.gouv.fr"
   * @example "https://labonnealternance-recette.apprentissage.beta.gouv.fr"
   */
  baseUrl?: string;
}

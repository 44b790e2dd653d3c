import { LbaInputError } from "../../../errors/lba-input-error.js";
import { normalizeName } from "../../../geo/index.js";
import { OPCO_LABELS } from "../../../data/opco-labels.js";

export { OPCO_LABELS };

/**
 * One of {@link OPCO_LABELS}.
 * @example
 * ```ts
 * import type { OpcoLabel } from "labonnealternance";
 * const opco: OpcoLabel = "ATLAS";
 * ```
 */
export type OpcoLabel = (typeof OPCO_LABELS)[number];

// Short names: the part before " / " or "," ("AKTO", "Uniformation"), case and accents ignored.
// Built on first use: importing the package must not pay for a lookup most apps never make.
let byName: Map<string, OpcoLabel> | undefined;
function opcoByName(): Map<string, OpcoLabel> {
  if (!byName) {
    byName = new Map();
    for (const label of OPCO_LABELS) {
      byName.set(normalizeName(label), label);
      byName.set(normalizeName(label.split(/ \/ |,/)[0]!), label);
    }
  }
  return byName;
}

/**
 * The OPCO label to send for a user's value: an exact label, or a short name (`"akto"`, `"atlas"`,
 * `"opco sante"`). `undefined` stays `undefined`; anything else is an `LbaInputError` on `field`.
 *
 * @example
 * ```ts
 * resolveOpco("akto", "opco"); // "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre"
 * ```
 */
export function resolveOpco(value: unknown, field: string): OpcoLabel | undefined {
  if (value === undefined) return undefined;
  const found = typeof value === "string" && value.length <= 120 ? opcoByName().get(normalizeName(value)) : undefined;
  if (found) return found;
  throw new LbaInputError({
    field,
    problem: "is not an OPCO the job search knows",
    expected: `one of ${OPCO_LABELS.map((l) => JSON.stringify(l.split(/ \/ |,/)[0])).join(", ")} (short names or the full labels of OPCO_LABELS)`,
    value: typeof value === "string" ? value.slice(0, 40) : typeof value,
  });
}

/**
 * The fields a 2022 job item shares with a training item, `null` on every job (company, France
 * Travail offer, Matcha offer) as the real server sends them. `diplomaLevel`, `createdAt` and
 * `lastUpdateAt` are not here: a Matcha offer fills them.
 *
 * @example
 * ```ts
 * const item = { ...TRAINING_FIELDS_OF_A_JOB, diplomaLevel: null, createdAt: null, lastUpdateAt: null };
 * ```
 */
export const TRAINING_FIELDS_OF_A_JOB = Object.freeze({
  diploma: null,
  cfd: null,
  rncpCode: null,
  rncpLabel: null,
  rncpEligibleApprentissage: null,
  period: null,
  capacity: null,
  onisepUrl: null,
});

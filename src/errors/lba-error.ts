/**
 * Base class of every error this SDK throws, so one `instanceof LbaError` catches them all.
 *
 * @example
 * ```ts
 * try {
 *   await client.searchFormations({ romes: "M1805", where: department("75") });
 * } catch (error) {
 *   if (error instanceof LbaError) console.error(error.name, error.message);
 * }
 * ```
 */
export class LbaError extends Error {
  override name = "LbaError";

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // Keep `instanceof` working when the code is down-levelled or bundled twice (ESM + CJS).
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

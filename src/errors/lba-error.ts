/** Marks SDK errors so two copies of the package (its ESM and CJS builds loaded at once) recognize each other's errors. */
const BRANDS = Symbol.for("labonnealternance.error.brands");

/**
 * Base class of every error this SDK throws, so one `instanceof LbaError` catches them all.
 *
 * `instanceof` works across copies of the package: an app that loads both the ESM and the CJS
 * build (a dependency `require`s it while the app `import`s it) gets two classes named
 * `LbaApiError`; both recognize each other's instances through a brand shared by name
 * (`Symbol.for`), not by identity. `LbaError.is(value)` says the same in one call.
 *
 * @example
 * ```ts
 * import { createLbaClient, department, LbaError } from "labonnealternance";
 * const client = createLbaClient({ caller: "contact@mon-service.fr mon-service" });
 * try {
 *   await client.searchFormations({ romes: "M1805", where: department("75") });
 * } catch (error) {
 *   if (error instanceof LbaError) console.error(error.name, error.message, error.attempts);
 * }
 * ```
 */
export class LbaError extends Error {
  /** Names this class across copies of the package (never minified, unlike the class name). */
  static readonly brand: string = "LbaError";
  override name = "LbaError";
  /**
   * How many attempts were made before this error (1 when nothing was retried; 0 when the call
   * ended before its first attempt, e.g. aborted while waiting for the rate limiter); `undefined`
   * when the error did not come from a call (bad input is detected before any).
   */
  declare attempts: number | undefined;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    // Keep `instanceof` working when the code is down-levelled (two copies of the package, ESM and
    // CJS, are recognized by the brands below and `Symbol.hasInstance`).
    Object.setPrototypeOf(this, new.target.prototype);
    const brands: string[] = [];
    for (let c: unknown = new.target; typeof c === "function" && c !== Error; c = Object.getPrototypeOf(c)) {
      const brand = (c as { brand?: unknown }).brand;
      if (typeof brand === "string" && !brands.includes(brand)) brands.push(brand);
    }
    Object.defineProperty(this, BRANDS, { value: brands, enumerable: false });
    this.attempts = undefined;
  }

  /**
   * `instanceof` by brand: true for instances of this class (or a subclass) from any copy of the package.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null) return false;
    const brands = (value as { [BRANDS]?: unknown })[BRANDS];
    if (Array.isArray(brands)) return brands.includes(this.brand);
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }

  /**
   * True when `value` is an error of this class (or a subclass), from any copy of the package.
   *
   * @example
   * ```ts
   * import { LbaError, LbaRateLimitError } from "labonnealternance";
   * declare const error: unknown;
   * if (LbaRateLimitError.is(error)) console.log(error.retryAfter);
   * else if (LbaError.is(error)) console.log(error.message);
   * ```
   */
  static is<T extends abstract new (...args: never[]) => LbaError>(this: T, value: unknown): value is InstanceType<T> {
    return (this as unknown as typeof LbaError)[Symbol.hasInstance](value);
  }

  /**
   * A plain, loggable copy: name, message, attempts and the subclass's own public fields. It never
   * holds anything the SDK masks (caller, API key, personal values), since those never enter an error.
   */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const key of Object.keys(this)) {
      if (key === "name" || key === "cause") continue;
      const value = (this as Record<string, unknown>)[key];
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
}

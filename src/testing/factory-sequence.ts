/**
 * The default seeds of the factories: without `seed`, each call takes the next value of one
 * sequence shared by the 2022 and today's factories ("#1", "#2"…), so two calls give two different
 * items and a test file always gets the same ones.
 */

let sequence = 0;

/**
 * The next default seed ("#1", "#2"…).
 *
 * @example
 * ```ts
 * nextFactorySeed(); // "#1" after a reset
 * ```
 */
export function nextFactorySeed(): string {
  return `#${++sequence}`;
}

/**
 * Restarts the default seed sequence, so the next factory call produces what the first one did.
 *
 * @example
 * ```ts
 * import { beforeEach } from "vitest";
 * import { resetFactorySequence } from "labonnealternance/testing";
 * beforeEach(() => resetFactorySequence());
 * ```
 */
export function resetFactorySequence(): void {
  sequence = 0;
}

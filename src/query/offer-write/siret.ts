/*
 * The server's SIRET rule (LBA `siret-validator.ts`): 14 digits (after trimming) whose Luhn sum is
 * a multiple of 10; La Poste's establishments (`356000000…`) fail Luhn and follow their own rule,
 * a digit sum that is a multiple of 5.
 */

const SIRET_PATTERN = /^\d{14}$/;
const LA_POSTE_PREFIX = "356000000";

/**
 * Why a SIRET is refused by the server, or `undefined` when it is accepted.
 *
 * @example
 * ```ts
 * siretProblem("13002526500013"); // undefined
 * siretProblem("13002526500014"); // "fails the Luhn check..."
 * siretProblem("1300252650001");  // "is not 14 digits"
 * ```
 */
export function siretProblem(value: string): string | undefined {
  const siret = value.trim();
  if (!SIRET_PATTERN.test(siret)) return "is not 14 digits";
  if (luhnValid(siret)) return undefined;
  if (siret.startsWith(LA_POSTE_PREFIX) && digitSum(siret) % 5 === 0) return undefined;
  return "fails the Luhn check (its last digit is a checksum of the others: a digit was probably mistyped)";
}

/** The Luhn check: from the right, every second digit doubled (minus 9 above 9), the sum a multiple of 10. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

function digitSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
}

import { expect } from "vitest";
import { LbaInputError } from "../../src/errors/index.js";

/** Runs `run`, asserts it throws exactly an LbaInputError, and returns it for further checks. */
export function inputError(run: () => unknown): LbaInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LbaInputError);
    return error as LbaInputError;
  }
  throw new Error("expected an LbaInputError");
}

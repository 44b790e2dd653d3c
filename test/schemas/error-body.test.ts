import { describe, expect, it } from "vitest";
import { parseApiErrorBody } from "../../src/schemas/index.js";
import { readFixture } from "../support/shared.js";

describe("parseApiErrorBody", () => {
  it("reads the historical 400 shape (real fixture)", () => {
    expect(parseApiErrorBody(readFixture("v1-formations.400-radius.json"))).toEqual({
      code: "wrong_parameters",
      messages: ["radius : Search radius must be a number between 0 and 200."],
    });
  });

  it("flattens a framework validation error tree into path: message strings", () => {
    const body = {
      statusCode: 400,
      error: "Bad Request",
      message: "querystring.radius: Number must be less than or equal to 200",
      data: { validationError: { _errors: [], querystring: { _errors: [], radius: { _errors: ["Number must be less than or equal to 200"] } } } },
    };
    expect(parseApiErrorBody(body)).toEqual({ code: "Bad Request", messages: ["querystring.radius: Number must be less than or equal to 200"] });
  });

  it("flattens zod issue lists, flatten() output and ajv errors", () => {
    const base = { statusCode: 400, error: "Bad Request", message: "invalid" };
    expect(parseApiErrorBody({ ...base, data: { validationError: { issues: [{ path: ["romes"], message: "Badly formatted rome codes" }] } } }).messages).toEqual([
      "romes: Badly formatted rome codes",
    ]);
    expect(parseApiErrorBody({ ...base, data: { validationError: { formErrors: ["bad"], fieldErrors: { radius: ["too big"] } } } }).messages).toEqual([
      "bad",
      "radius: too big",
    ]);
    expect(parseApiErrorBody({ ...base, data: { validationError: [{ instancePath: "/latitude", message: "must be <= 90" }] } }).messages).toEqual([
      "latitude: must be <= 90",
    ]);
  });

  it("falls back to the framework message when there is no detail", () => {
    expect(parseApiErrorBody({ statusCode: 400, error: "Bad Request", message: "caller is required" })).toEqual({
      code: "Bad Request",
      messages: ["caller is required"],
    });
  });

  it("never throws on anything else", () => {
    expect(parseApiErrorBody(null)).toEqual({ messages: [] });
    expect(parseApiErrorBody("Too many requests")).toEqual({ messages: ["Too many requests"] });
    expect(parseApiErrorBody({ error: "internal", message: "boom" })).toEqual({ code: "internal", messages: ["boom"] });
    expect(parseApiErrorBody([1, 2])).toEqual({ messages: [] });
  });
});

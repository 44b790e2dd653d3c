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

  it("reads the gateway's shape { statusCode, name, message, data? }: code = name, message first, then the details", () => {
    expect(parseApiErrorBody({ statusCode: 401, name: "Unauthorized", message: "Unable to authenticate the request" })).toEqual({
      code: "Unauthorized",
      messages: ["Unable to authenticate the request"],
    });
    const body = {
      statusCode: 400,
      name: "Bad Request",
      message: "Request validation failed",
      data: {
        validationError: [
          { keyword: "invalid_type", instancePath: "/applicant_email", schemaPath: "#/applicant_email/invalid_type", params: { issue: { input: "jeanne.dupont@example.fr" } }, message: "Invalid email address" },
          { instancePath: "/recipient_id", message: "Invalid input" },
        ],
      },
    };
    const summary = parseApiErrorBody(body);
    expect(summary).toEqual({ code: "Bad Request", messages: ["Request validation failed", "applicant_email: Invalid email address", "recipient_id: Invalid input"] });
    expect(JSON.stringify(summary)).not.toContain("jeanne");
  });

  it("gateway details as a treeifyError tree and as a bare issue list", () => {
    const tree = { errors: [], properties: { romes: { errors: ["Badly formatted rome codes"] }, latitude: { errors: ["Too big"] } } };
    expect(parseApiErrorBody({ statusCode: 400, name: "Bad Request", message: "Invalid query", data: { validationError: tree } }).messages).toEqual([
      "Invalid query",
      "romes: Badly formatted rome codes",
      "latitude: Too big",
    ]);
    expect(parseApiErrorBody({ statusCode: 400, name: "Bad Request", message: "m", data: [{ path: ["radius"], message: "too big" }] }).messages).toEqual(["m", "radius: too big"]);
    expect(parseApiErrorBody({ statusCode: 429, name: "Too Many Requests", message: "Rate limit exceeded, retry in 1 minute" }).code).toBe("Too Many Requests");
  });

  it("never copies an e-mail address, and bounds what it reads from a hostile body", () => {
    const summary = parseApiErrorBody({ statusCode: 400, name: "Bad Request", message: "jeanne.dupont@example.fr is a throwaway address" });
    expect(summary.messages).toEqual(["<e-mail> is a throwaway address"]);
    let deep: Record<string, unknown> = { _errors: ["deepest"] };
    for (let i = 0; i < 10_000; i++) deep = { level: deep };
    expect(parseApiErrorBody({ statusCode: 400, error: "Bad Request", message: "m", data: { validationError: deep } })).toEqual({ code: "Bad Request", messages: ["m"] });
    const many = Array.from({ length: 100_000 }, (_, i) => ({ path: ["f", i], message: "x".repeat(10_000) }));
    const big = parseApiErrorBody({ statusCode: 400, name: "Bad Request", message: "m", data: { validationError: many } });
    expect(big.messages).toHaveLength(20);
    expect(big.messages[1]!.length).toBeLessThanOrEqual(301);
    expect(parseApiErrorBody({ error: "x", error_messages: "not a list", message: "fallback" })).toEqual({ code: "x", messages: ["fallback"] });
    expect(parseApiErrorBody(Object.create({ error: "inherited" }))).toEqual({ messages: [] });
  });
});

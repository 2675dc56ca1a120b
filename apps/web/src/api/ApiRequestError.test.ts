import { describe, expect, it } from "vitest";
import { ApiRequestError, asApiRequestError, networkError, toApiRequestError } from "./ApiRequestError.ts";

describe("toApiRequestError", () => {
  it("reads the API's error shape", () => {
    const body = { error: { code: "conflict", message: "Already a member", details: { memberId: "m1" } } };
    const error = toApiRequestError(409, body);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 409, code: "conflict", message: "Already a member" });
    expect(error.details).toEqual({ memberId: "m1" });
  });

  it("keeps Retry-After in seconds on a 429", () => {
    const body = { error: { code: "rate_limited", message: "Too many attempts for this email address." } };
    expect(toApiRequestError(429, body, "42").retryAfterSeconds).toBe(42);
    expect(toApiRequestError(429, body, "soon").retryAfterSeconds).toBeUndefined();
  });

  it("gives a message a person can act on when the body is not the API's shape", () => {
    expect(toApiRequestError(502, undefined)).toMatchObject({ code: "internal_error", status: 502 });
    expect(toApiRequestError(502, "<html>").message).toMatch(/Try again/);
    expect(toApiRequestError(404, { message: "nope" })).toMatchObject({ code: "not_found", message: "Not found." });
  });
});

describe("networkError", () => {
  it("says whether the browser is offline", () => {
    expect(networkError(false)).toMatchObject({
      status: 0,
      code: "network",
      message: expect.stringMatching(/offline/),
    });
    expect(networkError(true).message).toMatch(/Cannot reach Wove/);
  });
});

describe("asApiRequestError", () => {
  it("wraps anything thrown", () => {
    const same = new ApiRequestError(403, "forbidden", "No");
    expect(asApiRequestError(same)).toBe(same);
    expect(asApiRequestError(new TypeError("boom"))).toMatchObject({ code: "internal_error", message: "boom" });
    expect(asApiRequestError("odd")).toMatchObject({ message: "odd" });
  });
});

import { describe, expect, it } from "vitest";
import { ApiRequestError, networkError } from "../api/ApiRequestError.ts";
import { isUnreachable } from "./isUnreachable.ts";

describe("isUnreachable", () => {
  it("counts a request that got no answer", () => {
    expect(isUnreachable(networkError(false))).toBe(true);
    expect(isUnreachable(networkError(true))).toBe(true);
    expect(isUnreachable(new TypeError("Failed to fetch"))).toBe(true);
  });

  it("counts a gateway answering for a server that is not there", () => {
    expect(isUnreachable(new ApiRequestError(502, "internal_error", "Bad gateway"))).toBe(true);
    expect(isUnreachable({ status: 504, statusText: "Gateway Timeout" })).toBe(true);
  });

  it("takes any other answer from the server as the truth", () => {
    for (const status of [400, 401, 403, 404, 409, 429, 500]) {
      expect(isUnreachable(new ApiRequestError(status, "internal_error", "x"))).toBe(false);
    }
    expect(isUnreachable(new Error("boom"))).toBe(false);
    expect(isUnreachable(new DOMException("aborted", "AbortError"))).toBe(false);
    expect(isUnreachable(null)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { ApiRequestError, networkError } from "../api/ApiRequestError.ts";
import { isRetryable } from "./isRetryable.ts";

const answer = (status: number) => new ApiRequestError(status, "internal_error", `HTTP ${status}`);

describe("isRetryable", () => {
  it("retries what a later attempt can fix: no answer, limits, server errors, a lapsed session", () => {
    for (const err of [networkError(false), answer(401), answer(408), answer(429), answer(500), answer(503)]) {
      expect(isRetryable(err)).toBe(true);
    }
  });

  it("gives up on a request the server refused for good", () => {
    for (const status of [400, 403, 404, 409, 413, 422]) expect(isRetryable(answer(status))).toBe(false);
  });

  it("does not retry a bug in the client", () => {
    expect(isRetryable(new Error("undefined is not a function"))).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { AiErrorCode } from "./AiErrorCode.ts";
import { isRetryable } from "./isRetryable.ts";

describe("isRetryable", () => {
  it("moves on for rate limits, overload, server errors, timeouts and broken connections", () => {
    for (const code of [
      AiErrorCode.RateLimited,
      AiErrorCode.Overloaded,
      AiErrorCode.ServerError,
      AiErrorCode.Timeout,
      AiErrorCode.ConnectionFailed,
    ]) {
      expect(isRetryable(code)).toBe(true);
    }
  });

  it("stops for a bad key, a bad request, billing and a stop by the caller", () => {
    for (const code of [
      AiErrorCode.InvalidKey,
      AiErrorCode.InvalidRequest,
      AiErrorCode.Billing,
      AiErrorCode.PermissionDenied,
      AiErrorCode.Aborted,
    ]) {
      expect(isRetryable(code)).toBe(false);
    }
  });
});

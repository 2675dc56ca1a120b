import { describe, expect, it } from "vitest";
import { AiErrorCode } from "./AiErrorCode.ts";
import { MAX_RETRY_WAIT_MS, shouldRetry } from "./shouldRetry.ts";

const rateLimited = (retryAfterMs?: number) => ({ code: AiErrorCode.RateLimited, message: "429", retryAfterMs });

describe("shouldRetry", () => {
  it("waits as long as the vendor asked, once, when the wait is short", () => {
    expect(shouldRetry(rateLimited(1_000), 1)).toBe(1_000);
    expect(shouldRetry(rateLimited(0), 1)).toBe(0);
    expect(shouldRetry(rateLimited(MAX_RETRY_WAIT_MS), 1)).toBe(MAX_RETRY_WAIT_MS);
    expect(shouldRetry(rateLimited(1_000), 2)).toBeNull();
  });

  it("moves on at once when the wait is long, unknown, or past the deadline", () => {
    expect(shouldRetry(rateLimited(30_000), 1)).toBeNull();
    expect(shouldRetry(rateLimited(MAX_RETRY_WAIT_MS + 1), 1)).toBeNull();
    expect(shouldRetry(rateLimited(), 1)).toBeNull();
    expect(shouldRetry(rateLimited(1_000), 1, 900)).toBeNull();
    expect(shouldRetry(rateLimited(1_000), 1, 1_500)).toBe(1_000);
  });

  it("retries an overload that says how long to wait, as a rate limit", () => {
    expect(shouldRetry({ code: AiErrorCode.Overloaded, message: "503", retryAfterMs: 2_000 }, 1)).toBe(2_000);
  });

  it("never retries a failure that another try would not fix, whatever the vendor's headers say", () => {
    for (const code of [AiErrorCode.InvalidKey, AiErrorCode.Billing, AiErrorCode.InvalidRequest, AiErrorCode.Aborted]) {
      expect(shouldRetry({ code, message: "no", retryAfterMs: 1_000 }, 1)).toBeNull();
    }
  });
});

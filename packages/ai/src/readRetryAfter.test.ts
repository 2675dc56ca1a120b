import { describe, expect, it } from "vitest";
import { readRetryAfter, readRetryDelay } from "./readRetryAfter.ts";

describe("readRetryAfter", () => {
  it("reads Retry-After in seconds, and retry-after-ms before it", () => {
    expect(readRetryAfter(new Headers({ "retry-after": "1" }))).toBe(1000);
    expect(readRetryAfter(new Headers({ "retry-after": "2.5" }))).toBe(2500);
    expect(readRetryAfter(new Headers({ "retry-after": "30", "retry-after-ms": "750" }))).toBe(750);
  });

  it("reads Retry-After as an HTTP date, from now", () => {
    const now = Date.parse("Tue, 01 Dec 2026 10:00:00 GMT");
    expect(readRetryAfter(new Headers({ "retry-after": "Tue, 01 Dec 2026 10:00:03 GMT" }), now)).toBe(3000);
    expect(readRetryAfter(new Headers({ "retry-after": "Tue, 01 Dec 2026 09:00:00 GMT" }), now)).toBe(0);
  });

  it("says nothing when there is no header, or one that is not a wait", () => {
    expect(readRetryAfter(undefined)).toBeUndefined();
    expect(readRetryAfter(new Headers())).toBeUndefined();
    expect(readRetryAfter(new Headers({ "retry-after": "soon" }))).toBeUndefined();
    expect(readRetryAfter(new Headers({ "retry-after": "-1" }))).toBeUndefined();
  });
});

describe("readRetryDelay", () => {
  it("reads Gemini's RetryInfo duration among other details", () => {
    const details = [
      { "@type": "type.googleapis.com/google.rpc.QuotaFailure", violations: [] },
      { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "17.5s" },
    ];
    expect(readRetryDelay(details)).toBe(17_500);
    expect(readRetryDelay([{ "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: "1s" }])).toBe(1000);
  });

  it("says nothing without a RetryInfo, or with one it cannot read", () => {
    expect(readRetryDelay([])).toBeUndefined();
    expect(readRetryDelay([null, "x", { "@type": "type.googleapis.com/google.rpc.RetryInfo", retryDelay: 5 }])).toBe(
      undefined,
    );
  });
});

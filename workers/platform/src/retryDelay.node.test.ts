import { describe, expect, it } from "vitest";
import { RETRY_FIRST_MS, RETRY_MAX_MS, retryDelay } from "./retryDelay.ts";

describe("retryDelay", () => {
  it("waits the first delay after one failure and doubles it after each further one", () => {
    expect(retryDelay(1)).toBe(RETRY_FIRST_MS);
    expect(retryDelay(2)).toBe(RETRY_FIRST_MS * 2);
    expect(retryDelay(3)).toBe(RETRY_FIRST_MS * 4);
  });

  it("never waits longer than the cap, however many failures", () => {
    expect(retryDelay(40)).toBe(RETRY_MAX_MS);
    expect(retryDelay(10_000)).toBe(RETRY_MAX_MS);
  });
});

import { describe, expect, it } from "vitest";
import { backoffDelay } from "./backoffDelay.ts";

describe("backoffDelay", () => {
  it("doubles per attempt up to the cap, with jitter in the upper half", () => {
    const backoff = { initialMs: 100, maxMs: 1_000 };
    expect(backoffDelay(0, backoff, () => 0)).toBe(50);
    expect(backoffDelay(0, backoff, () => 1)).toBe(100);
    expect(backoffDelay(3, backoff, () => 0)).toBe(400);
    expect(backoffDelay(10, backoff, () => 1)).toBe(1_000);
    expect(backoffDelay(1_000, backoff, () => 0.5)).toBe(750);
  });
});

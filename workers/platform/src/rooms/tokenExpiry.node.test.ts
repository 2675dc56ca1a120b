import { describe, expect, it } from "vitest";
import { alarmFor, earliestExpiry, isExpired } from "./tokenExpiry.ts";

describe("token expiry", () => {
  it("counts a token as expired from its expiry on", () => {
    expect(isExpired(1_000, 999)).toBe(false);
    expect(isExpired(1_000, 1_000)).toBe(true);
  });

  it("finds the earliest expiry, or none", () => {
    expect(earliestExpiry([5, 3, 9])).toBe(3);
    expect(earliestExpiry([])).toBeNull();
  });

  it("moves the one alarm earlier for an expiry, never later (the export's deadline stays)", () => {
    expect(alarmFor(null, 5)).toBe(5);
    expect(alarmFor(10, 5)).toBe(5);
    expect(alarmFor(3, 5)).toBeNull();
    expect(alarmFor(3, null)).toBeNull();
  });
});

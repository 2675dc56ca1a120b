import { describe, expect, it } from "vitest";
import { formatClock } from "./formatClock.ts";

describe("formatClock", () => {
  // Local times, so the test reads the same in every time zone.
  const at = new Date(2026, 0, 5, 14, 3, 22).getTime();

  it("gives the time to the second for a moment today", () => {
    expect(formatClock(at, new Date(2026, 0, 5, 18, 0).getTime())).toBe("14:03:22");
  });

  it("gives the day as well for an earlier one", () => {
    expect(formatClock(at, new Date(2026, 0, 6, 9, 0).getTime())).toBe("2026-01-05 14:03");
  });
});

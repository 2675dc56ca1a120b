import { describe, expect, it } from "vitest";
import { formatCost, formatUsage } from "./formatUsage.ts";

describe("formatUsage", () => {
  it("shows tokens in and out and the cost of one answer", () => {
    expect(formatUsage({ inputTokens: 1234, outputTokens: 56, costUsd: 0.00213 })).toBe("1,234 in · 56 out · $0.0021");
    expect(formatUsage({ inputTokens: 21, outputTokens: 7, costUsd: null })).toBe("21 in · 7 out · no charge");
  });

  it("keeps tiny and large costs readable", () => {
    expect(formatCost(0.00001)).toBe("< $0.0001");
    expect(formatCost(3.456)).toBe("$3.46");
  });
});

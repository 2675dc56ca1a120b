import { describe, expect, it } from "vitest";
import { budgetShare, formatEstimate, formatRunUsage } from "./formatRunUsage.ts";

const usage = { inputTokens: 10_000, outputTokens: 2_345, costUsd: 0.041 };

describe("formatRunUsage", () => {
  it("shows what the run used against its budget", () => {
    expect(formatRunUsage(usage, 2)).toBe("12,345 tokens · $0.0410 of $2.00");
  });

  it("says when a run has no budget, and when nothing was spent yet", () => {
    expect(formatRunUsage(usage, null)).toBe("12,345 tokens · $0.0410 (no budget)");
    expect(formatRunUsage({ inputTokens: 0, outputTokens: 0, costUsd: 0 }, 0.5)).toBe("0 tokens · $0 of $0.50");
  });
});

describe("formatEstimate", () => {
  it("gives the plan's tokens and dollars before it is approved", () => {
    expect(formatEstimate({ inputTokens: 30_000, outputTokens: 10_000, costUsd: 0.12 })).toBe(
      "≈ 40,000 tokens (30,000 in, 10,000 out) · about $0.1200",
    );
    expect(formatEstimate({ inputTokens: 100, outputTokens: 50, costUsd: 0 })).toMatch(/no charge$/);
  });
});

describe("budgetShare", () => {
  it("is the share of the budget spent, never past the whole", () => {
    expect(budgetShare(usage, 0.082)).toBeCloseTo(0.5);
    expect(budgetShare({ ...usage, costUsd: 3 }, 2)).toBe(1);
    expect(budgetShare(usage, null)).toBeNull();
  });
});

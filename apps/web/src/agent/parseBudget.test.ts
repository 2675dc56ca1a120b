import { describe, expect, it } from "vitest";
import { parseBudget, suggestBudget } from "./parseBudget.ts";

describe("parseBudget", () => {
  it("leaves the budget to the server when the field is empty", () => {
    expect(parseBudget("")).toEqual({ ok: true, value: undefined });
    expect(parseBudget("   ")).toEqual({ ok: true, value: undefined });
  });

  it("reads dollars as people type them", () => {
    expect(parseBudget("2")).toEqual({ ok: true, value: 2 });
    expect(parseBudget("$2.50")).toEqual({ ok: true, value: 2.5 });
    expect(parseBudget(" 0,75 ")).toEqual({ ok: true, value: 0.75 });
    expect(parseBudget(".5")).toEqual({ ok: true, value: 0.5 });
  });

  it("refuses what the server would, saying why", () => {
    expect(parseBudget("two")).toMatchObject({ ok: false, problem: expect.stringMatching(/amount in dollars/) });
    expect(parseBudget("1e3")).toMatchObject({ ok: false });
    expect(parseBudget("-1")).toMatchObject({ ok: false });
    expect(parseBudget("0")).toEqual({ ok: false, problem: "The budget is more than $0." });
    expect(parseBudget("1000.01")).toEqual({ ok: false, problem: "The budget is at most $1000." });
  });
});

describe("suggestBudget", () => {
  it("offers twice the budget the run ran out of", () => {
    expect(suggestBudget({ budgetUsd: 0.5, usage: { inputTokens: 1, outputTokens: 1, costUsd: 0.5 } })).toBe("1.00");
    expect(suggestBudget({ budgetUsd: null, usage: { inputTokens: 1, outputTokens: 1, costUsd: 0.333 } })).toBe("0.67");
    expect(suggestBudget({ budgetUsd: 800, usage: { inputTokens: 1, outputTokens: 1, costUsd: 800 } })).toBe("1000.00");
    expect(suggestBudget({ budgetUsd: null, usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 } })).toBe("");
  });
});

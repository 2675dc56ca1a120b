import type { AgentRunView } from "@wove/protocol";

/** The most a run's budget may be (the server's limit). */
export const BUDGET_MAX_USD = 1_000;

export type BudgetReading = { ok: true; value: number | undefined } | { ok: false; problem: string };

/**
 * The optional budget field: empty is no budget of this run's own (the server's default
 * applies); otherwise dollars above 0 and at most BUDGET_MAX_USD. "$2", "2.50" and "2,50"
 * all read as dollars.
 */
export function parseBudget(text: string): BudgetReading {
  const cleaned = text.trim().replace(/^\$/, "").trim().replace(",", ".");
  if (!cleaned) return { ok: true, value: undefined };
  const value = /^\d*\.?\d+$|^\d+\.$/.test(cleaned) ? Number(cleaned) : Number.NaN;
  if (!Number.isFinite(value)) return { ok: false, problem: "The budget is an amount in dollars, such as 2.50." };
  if (value <= 0) return { ok: false, problem: "The budget is more than $0." };
  if (value > BUDGET_MAX_USD) return { ok: false, problem: `The budget is at most $${BUDGET_MAX_USD}.` };
  return { ok: true, value };
}

/**
 * What to offer when a run ended on its budget: twice what it may spend now (its budget,
 * or what it spent when it had none), in whole cents, within the limit.
 */
export function suggestBudget(run: Pick<AgentRunView, "budgetUsd" | "usage">): string {
  const base = Math.max(run.budgetUsd ?? 0, run.usage.costUsd);
  if (base <= 0) return "";
  return Math.min(BUDGET_MAX_USD, Math.ceil(base * 2 * 100) / 100).toFixed(2);
}

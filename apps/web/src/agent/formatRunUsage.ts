import type { RunUsage } from "@wove/protocol";
import { formatCost } from "../ai/formatUsage.ts";

/** "12,345 tokens · $0.0410 of $2.00": what the run has used, against its budget when it has one. */
export function formatRunUsage(usage: RunUsage, budgetUsd: number | null): string {
  const tokens = (usage.inputTokens + usage.outputTokens).toLocaleString("en");
  const spent = usage.costUsd > 0 ? formatCost(usage.costUsd) : "$0";
  return budgetUsd === null
    ? `${tokens} tokens · ${spent} (no budget)`
    : `${tokens} tokens · ${spent} of ${formatDollars(budgetUsd)}`;
}

/** "≈ 40,000 tokens (30,000 in, 10,000 out) · about $0.1200": the plan's expected cost. */
export function formatEstimate(estimate: RunUsage): string {
  const { inputTokens, outputTokens, costUsd } = estimate;
  const total = (inputTokens + outputTokens).toLocaleString("en");
  const cost = costUsd > 0 ? `about ${formatCost(costUsd)}` : "no charge";
  return `≈ ${total} tokens (${inputTokens.toLocaleString("en")} in, ${outputTokens.toLocaleString("en")} out) · ${cost}`;
}

/** The share of the budget used, 0–1, for the meter; null without a budget. */
export function budgetShare(usage: RunUsage, budgetUsd: number | null): number | null {
  if (budgetUsd === null || budgetUsd <= 0) return null;
  return Math.min(1, Math.max(0, usage.costUsd / budgetUsd));
}

/** A budget as people type it: "$2.00", "$0.50". */
export function formatDollars(usd: number): string {
  return `$${usd.toFixed(2)}`;
}

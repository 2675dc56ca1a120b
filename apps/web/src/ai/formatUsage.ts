import type { ThreadUsage } from "@wove/protocol";

/** "1,234 in · 56 out · $0.0021" (or "no charge" for a model without a price, such as a local one). */
export function formatUsage(usage: ThreadUsage): string {
  const { inputTokens, outputTokens, costUsd } = usage;
  return `${inputTokens.toLocaleString("en")} in · ${outputTokens.toLocaleString("en")} out · ${formatCost(costUsd)}`;
}

/** Dollars with enough digits to see a fraction of a cent, which is what one answer costs. */
export function formatCost(costUsd: number | null): string {
  if (costUsd === null || costUsd === 0) return "no charge";
  if (costUsd < 0.0001) return "< $0.0001";
  return `$${costUsd < 1 ? costUsd.toFixed(4) : costUsd.toFixed(2)}`;
}

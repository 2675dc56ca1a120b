import { prices } from "./prices.ts";

/**
 * The price of one call from the tokens the vendor reported. Models without a price row
 * (local servers) cost 0. Rounded to a micro-dollar so sums stored in the database stay exact.
 */
export function computeCostUsd(modelRef: string, inputTokens: number, outputTokens: number): number {
  const price = prices[modelRef];
  if (!price) return 0;
  const usd = (inputTokens * price.inputPerMTok + outputTokens * price.outputPerMTok) / 1_000_000;
  return Math.round(usd * 1_000_000) / 1_000_000;
}

/** Tokens as the vendor reported them, and their price from the price table. */
export interface AiUsage {
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

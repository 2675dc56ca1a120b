// The estimate is a heuristic (see estimateTokens): a tenth of the window stays unused so an
// estimate that runs low does not become a vendor's "prompt is too long".
const SAFETY_MARGIN = 0.1;

/** The estimated tokens a prompt may take in a window, after reserving room for the answer. */
export function promptBudget(contextWindow: number, maxOutputTokens: number): number {
  return Math.max(0, Math.floor(contextWindow * (1 - SAFETY_MARGIN)) - maxOutputTokens);
}

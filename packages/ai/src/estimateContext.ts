import type { ContextInput } from "./ContextInput.ts";
import { promptBudget } from "./promptBudget.ts";
import { renderPrompt } from "./renderPrompt.ts";

export interface ContextEstimate {
  instructions: number;
  currentFile: number;
  conversation: number;
  pinnedFiles: number;
  total: number;
  /** What the prompt may take in the chosen model's window, after room for the answer. */
  budget: number;
  /** False means sending will drop pinned files and summarise older turns. */
  fits: boolean;
}

/**
 * The estimated size of a request as given, part by part, for the UI to show before sending
 * (with the window of the model picked, from `listModels`). Retrieved files are not counted:
 * they only ever fill the room that is left. Estimates, not counts: see `estimateTokens`.
 */
export function estimateContext(
  input: ContextInput,
  window: { contextWindow: number; maxOutputTokens: number },
): ContextEstimate {
  const instructions = renderPrompt.tokens(input.instructions ?? "");
  const currentFile = input.currentFile ? renderPrompt.tokens(renderPrompt.currentFile(input.currentFile)) : 0;
  const conversation = input.conversation.reduce((sum, m) => sum + renderPrompt.messageTokens(m), 0);
  const pinnedFiles = (input.pinnedFiles ?? []).reduce((sum, f) => sum + renderPrompt.tokens(renderPrompt.file(f)), 0);
  const total = instructions + currentFile + conversation + pinnedFiles;
  const budget = promptBudget(window.contextWindow, window.maxOutputTokens);
  return { instructions, currentFile, conversation, pinnedFiles, total, budget, fits: total <= budget };
}

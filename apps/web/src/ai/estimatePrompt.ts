import { estimateTokens } from "@wove/ai/estimateTokens";
import type { ChatRequest } from "./ChatRequest.ts";

/**
 * About how many tokens a request takes of the model's window, before sending: the
 * conversation, the question and the text of what it carries (`attachedTexts`: the
 * current file or selection, pinned files). The same heuristic the Worker budgets with;
 * the Worker also adds its instructions and retrieved files, so this is a floor.
 */
export function estimatePrompt(request: Pick<ChatRequest, "messages">, attachedTexts: readonly string[]): number {
  let total = 0;
  for (const message of request.messages) total += estimateTokens(message.content) + 4;
  for (const text of attachedTexts) total += estimateTokens(text);
  return total;
}

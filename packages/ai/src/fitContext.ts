import { AiErrorCode } from "./AiErrorCode.ts";
import type { ChatMessage } from "./ChatMessage.ts";
import type { ContextInput } from "./ContextInput.ts";
import { estimateTokens } from "./estimateTokens.ts";
import type { ProjectFile } from "./ProjectFile.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";
import { promptBudget } from "./promptBudget.ts";
import { renderPrompt } from "./renderPrompt.ts";
import { retrieveFiles } from "./retrieveFiles.ts";
import type { Summarize } from "./Summarize.ts";

export interface FitContextOptions {
  contextWindow: number;
  maxOutputTokens: number;
  summarize: Summarize;
  signal?: AbortSignal;
}

export type FitContextResult =
  | {
      ok: true;
      system: string;
      messages: ChatMessage[];
      /** Estimated prompt tokens, and what the window allowed. */
      tokens: number;
      budget: number;
      /** Pinned and retrieved files that made it in, in prompt order. */
      includedFiles: string[];
      /** Pinned files left out for room. */
      droppedFiles: string[];
      /** How many older turns were replaced by a summary. */
      summarizedTurns: number;
    }
  | { ok: false; failure: ProviderFailure };

// The most a summary of older turns may take; less when the window is small.
const SUMMARY_TOKENS = 1_024;

/**
 * Fits a request into a model's window, by priority: the instructions, the current file and the
 * user's new message must fit (or the file shrinks to its selection); then the conversation;
 * then pinned files, in the order pinned; then files found by retrieval, in what room is left.
 * When the conversation alone is over budget, its older turns are summarised (one call to
 * `summarize`) instead of failing with "prompt too long"; if that fails, they are left out.
 */
export async function fitContext(input: ContextInput, options: FitContextOptions): Promise<FitContextResult> {
  const budget = promptBudget(options.contextWindow, options.maxOutputTokens);
  const last = input.conversation.at(-1);
  if (!last || last.role !== "user") {
    return {
      ok: false,
      failure: { code: AiErrorCode.InvalidRequest, message: "The conversation must end with the user's message" },
    };
  }
  const fixedCost = (file: ContextInput["currentFile"]) =>
    renderPrompt.tokens(renderPrompt.system({ instructions: input.instructions, files: [], currentFile: file })) +
    renderPrompt.messageTokens(last);
  let currentFile = input.currentFile;
  if (currentFile && fixedCost(currentFile) > budget) currentFile = { ...currentFile, text: "" };
  let left = budget - fixedCost(currentFile);
  if (left < 0) {
    const message = `The message${currentFile ? " and selection" : ""} need about ${budget - left} tokens, more than the ${budget} this model allows: shorten the message or select less`;
    return { ok: false, failure: { code: AiErrorCode.ContextTooLong, message } };
  }

  const history = input.conversation.slice(0, -1);
  const historyCost = history.reduce((sum, m) => sum + renderPrompt.messageTokens(m), 0);
  let kept = history;
  let summary: string | undefined;
  if (historyCost <= left) {
    left -= historyCost;
  } else {
    const allowance = Math.min(SUMMARY_TOKENS, Math.floor(left / 4));
    kept = newestThatFit(history, left - allowance);
    const older = history.slice(0, history.length - kept.length);
    const result = await options.summarize(older, options.signal);
    summary = result.ok
      ? truncateToTokens(result.text, allowance)
      : `(${older.length} earlier messages were left out to fit the model's context window.)`;
    left = 0;
  }

  const excluded = new Set([currentFile?.path, ...(input.pinnedFiles ?? []).map((f) => f.path)]);
  const pinned = takeInOrder(input.pinnedFiles ?? [], left);
  left -= pinned.cost;
  const query = [last.content, currentFile?.selection ?? ""].join("\n");
  const candidates = (input.projectFiles ?? []).filter((f) => !excluded.has(f.path));
  // Retrieval's own estimate counts path and text; the tags around each file cost a little more.
  const retrieved = left > 0 ? retrieveFiles({ query, files: candidates, budgetTokens: Math.floor(left * 0.95) }) : [];
  const files = [...pinned.files, ...retrieved.map((r) => r.file)];

  const system = renderPrompt.system({ instructions: input.instructions, files, currentFile, summary });
  const messages = [...kept, last];
  return {
    ok: true,
    system,
    messages,
    tokens: renderPrompt.tokens(system) + messages.reduce((sum, m) => sum + renderPrompt.messageTokens(m), 0),
    budget,
    includedFiles: files.map((f) => f.path),
    droppedFiles: (input.pinnedFiles ?? []).filter((f) => !pinned.files.includes(f)).map((f) => f.path),
    summarizedTurns: history.length - kept.length,
  };
}

/** The newest turns within `room`, starting with a user turn, as every vendor requires. */
function newestThatFit(history: readonly ChatMessage[], room: number): ChatMessage[] {
  let start = history.length;
  let cost = 0;
  while (start > 0 && cost + renderPrompt.messageTokens(history[start - 1]!) <= room) {
    cost += renderPrompt.messageTokens(history[start - 1]!);
    start--;
  }
  while (start < history.length && history[start]!.role !== "user") start++;
  return history.slice(start);
}

function takeInOrder(files: readonly ProjectFile[], room: number): { files: ProjectFile[]; cost: number } {
  const taken: ProjectFile[] = [];
  let cost = 0;
  for (const file of files) {
    const fileCost = renderPrompt.tokens(renderPrompt.file(file));
    if (cost + fileCost > room) continue;
    taken.push(file);
    cost += fileCost;
  }
  return { files: taken, cost };
}

function truncateToTokens(text: string, limit: number): string {
  let result = text;
  while (result.length > 0 && estimateTokens(result) > limit) {
    result = result.slice(0, Math.floor((result.length * limit) / estimateTokens(result)) - 1);
  }
  return result;
}

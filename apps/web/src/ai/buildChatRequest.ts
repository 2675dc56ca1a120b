import { MessageStatus, type ThreadMessage } from "@wove/protocol";
import type { ChatRequest } from "./ChatRequest.ts";

/** What a question carries along besides the conversation. */
export interface Attachments {
  /** The file open in the editor, and what is selected in it, if it was attached. */
  currentFile: { path: string; selection?: { text: string; label: string } } | null;
  /** Files pinned to the conversation. */
  pinned: string[];
}

// The Worker fits the conversation to the model's window (summarising older turns), but
// a 200-message thread need not travel on every question.
const MAX_HISTORY = 40;

/**
 * The request for a new question: the thread's finished turns (a failed answer or one
 * still streaming is left out) with consecutive turns of one role merged, since a shared
 * thread can hold two people's questions in a row and providers want roles to alternate.
 */
export function buildChatRequest(input: {
  history: readonly ThreadMessage[];
  question: string;
  model: string;
  projectId?: string;
  attachments: Attachments;
}): ChatRequest {
  const turns: ChatRequest["messages"] = [];
  const finished = input.history.filter(
    (m) =>
      m.content.trim() && (m.role === "user" || m.status === MessageStatus.Done || m.status === MessageStatus.Stopped),
  );
  for (const { role, content } of [
    ...finished.slice(-MAX_HISTORY),
    { role: "user" as const, content: input.question },
  ]) {
    const last = turns.at(-1);
    if (last?.role === role) last.content += `\n\n${content}`;
    else if (turns.length > 0 || role === "user") turns.push({ role, content });
  }
  const { currentFile, pinned } = input.attachments;
  const request: ChatRequest = {
    messages: turns,
    model: input.model,
    // A question about an attached file is most often a request to change it.
    task: currentFile ? "edit" : "chat",
  };
  if (input.projectId) request.projectId = input.projectId;
  if (pinned.length > 0) request.files = [...pinned];
  if (currentFile) {
    request.currentFile = { path: currentFile.path };
    if (currentFile.selection) request.currentFile.selection = currentFile.selection.text;
  }
  return request;
}

/** How the question's attachments are listed in the thread: "src/a.ts (lines 3–9)". */
export function attachmentLabels({ currentFile, pinned }: Attachments): string[] {
  const labels = currentFile
    ? [currentFile.selection ? `${currentFile.path} (${currentFile.selection.label})` : currentFile.path]
    : [];
  return [...labels, ...pinned.filter((path) => path !== currentFile?.path)];
}

import type { ChatMessage } from "./ChatMessage.ts";
import type { ProjectFile } from "./ProjectFile.ts";

/** Everything a request may carry into the prompt, before it is fitted to a model's window. */
export interface ContextInput {
  /** The task's instructions (system prompt). */
  instructions?: string;
  /** The conversation so far; the last message is the user's new one. */
  conversation: readonly ChatMessage[];
  /** The file open in the editor, and what is selected in it. */
  currentFile?: ProjectFile & { selection?: string };
  /** Files the user pinned to the conversation. */
  pinnedFiles?: readonly ProjectFile[];
  /** The project's other files: candidates for keyword retrieval. */
  projectFiles?: readonly ProjectFile[];
}

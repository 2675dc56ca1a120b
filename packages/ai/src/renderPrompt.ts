import { estimateTokens } from "./estimateTokens.ts";
import type { ChatMessage } from "./ChatMessage.ts";
import type { ContextInput } from "./ContextInput.ts";
import type { ProjectFile } from "./ProjectFile.ts";

// What a message costs beyond its text (role markers, separators), roughly the same for every vendor.
const MESSAGE_OVERHEAD_TOKENS = 4;

/**
 * How prompt parts are written and counted, in one place so the estimate the UI shows and the
 * prompt that is sent are built by the same code. Files are tagged with their path so the
 * model can cite them; the summary of older turns travels in the system prompt.
 */
export const renderPrompt = {
  file: (file: ProjectFile, tag = "file") => `<${tag} path="${file.path}">\n${file.text}\n</${tag}>`,

  currentFile(file: NonNullable<ContextInput["currentFile"]>): string {
    const body = file.text === "" ? "" : this.file(file, "current_file");
    const selection = file.selection ? `<selection path="${file.path}">\n${file.selection}\n</selection>` : "";
    return [body, selection].filter(Boolean).join("\n");
  },

  summary: (text: string) => `<earlier_conversation_summary>\n${text}\n</earlier_conversation_summary>`,

  system(parts: {
    instructions?: string;
    files: readonly ProjectFile[];
    currentFile?: ContextInput["currentFile"];
    summary?: string;
  }): string {
    return [
      parts.instructions ?? "",
      ...parts.files.map((file) => this.file(file)),
      parts.currentFile ? this.currentFile(parts.currentFile) : "",
      parts.summary ? this.summary(parts.summary) : "",
    ]
      .filter(Boolean)
      .join("\n\n");
  },

  tokens: (text: string) => (text === "" ? 0 : estimateTokens(text) + 2),

  // A tool call costs its name and arguments, sent as JSON by every vendor.
  messageTokens: (message: ChatMessage) =>
    estimateTokens(message.content) +
    MESSAGE_OVERHEAD_TOKENS +
    (message.role === "assistant" && message.toolCalls?.length ? estimateTokens(JSON.stringify(message.toolCalls)) : 0),
};

/**
 * The result of one tool call, sent back to the model: `content` is what the tool printed,
 * `isError` says it failed (vendors without an error flag get the text marked instead).
 */
export interface ToolResultMessage {
  role: "tool";
  toolCallId: string;
  /** The tool's name again: Gemini matches results to calls by name, not id. */
  name: string;
  content: string;
  isError?: boolean;
}

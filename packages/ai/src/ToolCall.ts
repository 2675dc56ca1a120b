/**
 * A call the model made, as it travels back in an assistant turn. `arguments` is the parsed
 * JSON object, or the raw text when the model wrote invalid JSON (see `ToolCallEvent`).
 */
export interface ToolCall {
  id: string;
  name: string;
  arguments: unknown;
  /**
   * Gemini's `thoughtSignature` on the call's part, opaque: Gemini 3 refuses a history whose
   * function calls lost theirs, so it must go back exactly as it came. Other vendors have none.
   */
  signature?: string;
}

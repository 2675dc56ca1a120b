import type { ToolCallEvent } from "./ToolCallEvent.ts";

/**
 * A call whose arguments streamed as JSON text (Anthropic, OpenAI), assembled: parsed when
 * the text is JSON, else kept raw and marked `malformed` for the agent to report back. No
 * text at all is a call without arguments, which both vendors stream as "" or not at all.
 */
export function toToolCallEvent(id: string, name: string, argumentsJson: string): ToolCallEvent {
  if (argumentsJson.trim() === "") return { type: "tool_call", id, name, arguments: {} };
  try {
    return { type: "tool_call", id, name, arguments: JSON.parse(argumentsJson) as unknown };
  } catch {
    return { type: "tool_call", id, name, arguments: argumentsJson, malformed: true };
  }
}

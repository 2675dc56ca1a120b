import type { ToolCall } from "./ToolCall.ts";
import type { ToolResultMessage } from "./ToolResultMessage.ts";

/**
 * One turn of a conversation. System text travels separately (`ModelRequest.system`) because
 * each vendor places it differently. An assistant turn may carry the tool calls it made (its
 * `content` then holds any text written before them, often ""); each result comes back in a
 * `tool` message of its own, in the order of the calls.
 */
export type ChatMessage =
  | { role: "user"; content: string }
  | { role: "assistant"; content: string; toolCalls?: readonly ToolCall[] }
  | ToolResultMessage;

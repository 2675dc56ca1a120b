import type Anthropic from "@anthropic-ai/sdk";
import type { ChatMessage } from "./ChatMessage.ts";
import { isJsonObject } from "./isJsonObject.ts";

/**
 * Our turns as Messages API turns. An assistant's tool calls become `tool_use` blocks after its
 * text; tool results become `tool_result` blocks of a user turn, all the results of one
 * assistant turn in the same user turn, as the API requires.
 */
export function toAnthropicMessages(messages: readonly ChatMessage[]): Anthropic.MessageParam[] {
  const turns: Anthropic.MessageParam[] = [];
  let results: Anthropic.ToolResultBlockParam[] | undefined;
  for (const message of messages) {
    if (message.role === "tool") {
      const block: Anthropic.ToolResultBlockParam = {
        type: "tool_result",
        tool_use_id: message.toolCallId,
        content: message.content,
        ...(message.isError ? { is_error: true } : {}),
      };
      if (results) results.push(block);
      else turns.push({ role: "user", content: (results = [block]) });
      continue;
    }
    results = undefined;
    if (message.role === "assistant" && message.toolCalls?.length) {
      turns.push({
        role: "assistant",
        content: [
          ...(message.content ? [{ type: "text" as const, text: message.content }] : []),
          ...message.toolCalls.map((call) => ({
            type: "tool_use" as const,
            id: call.id,
            name: call.name,
            // The API refuses any other input; a malformed call's raw text cannot go back as it came.
            input: isJsonObject(call.arguments) ? call.arguments : {},
          })),
        ],
      });
    } else {
      turns.push({ role: message.role, content: message.content });
    }
  }
  return turns;
}

import type OpenAI from "openai";
import type { ChatMessage } from "./ChatMessage.ts";

/**
 * Our turns as chat completion messages, after the system prompt. An assistant's tool calls
 * become its `tool_calls` with the arguments as JSON text (a malformed call's raw text goes
 * back as it came); each result is a `tool` message. The API has no error flag on a result,
 * so a failed tool's output is marked in its text.
 */
export function toOpenAiMessages(
  system: string | undefined,
  messages: readonly ChatMessage[],
): OpenAI.ChatCompletionMessageParam[] {
  return [
    ...(system ? [{ role: "system" as const, content: system }] : []),
    ...messages.map((message): OpenAI.ChatCompletionMessageParam => {
      if (message.role === "tool") {
        const content = message.isError ? `Error: ${message.content}` : message.content;
        return { role: "tool", tool_call_id: message.toolCallId, content };
      }
      if (message.role === "assistant" && message.toolCalls?.length) {
        return {
          role: "assistant",
          // The API takes null, not "", for an assistant turn that only called tools.
          content: message.content || null,
          tool_calls: message.toolCalls.map((call) => ({
            id: call.id,
            type: "function",
            function: {
              name: call.name,
              arguments: typeof call.arguments === "string" ? call.arguments : JSON.stringify(call.arguments),
            },
          })),
        };
      }
      return { role: message.role, content: message.content };
    }),
  ];
}

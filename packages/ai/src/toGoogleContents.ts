import type { Content, Part } from "@google/genai";
import type { ChatMessage } from "./ChatMessage.ts";
import { isJsonObject } from "./isJsonObject.ts";

/**
 * Our turns as Gemini contents. An assistant's tool calls become `functionCall` parts of its
 * model turn, with their thought signatures; tool results become `functionResponse` parts of
 * one user turn per assistant turn. Gemini matches a response to its call by name and order,
 * so our ids (often made up: Gemini sends none) are not sent.
 */
export function toGoogleContents(messages: readonly ChatMessage[]): Content[] {
  const contents: Content[] = [];
  let results: Part[] | undefined;
  for (const message of messages) {
    if (message.role === "tool") {
      const response = message.isError ? { error: message.content } : { content: message.content };
      const part: Part = { functionResponse: { name: message.name, response } };
      if (results) results.push(part);
      else contents.push({ role: "user", parts: (results = [part]) });
      continue;
    }
    results = undefined;
    const calls = message.role === "assistant" ? (message.toolCalls ?? []) : [];
    const parts: Part[] = [
      ...(message.content || calls.length === 0 ? [{ text: message.content }] : []),
      ...calls.map((call) => ({
        functionCall: { name: call.name, args: isJsonObject(call.arguments) ? call.arguments : {} },
        ...(call.signature ? { thoughtSignature: call.signature } : {}),
      })),
    ];
    contents.push({ role: message.role === "assistant" ? "model" : "user", parts });
  }
  return contents;
}

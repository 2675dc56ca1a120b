import type OpenAI from "openai";
import type { ModelRequest } from "./ModelRequest.ts";

/** The request's tools and tool choice as chat completion fields; nothing when it has no tools. */
export function toOpenAiTools(
  request: ModelRequest,
): Pick<OpenAI.ChatCompletionCreateParamsStreaming, "tools" | "tool_choice"> {
  if (!request.tools?.length) return {};
  return {
    tools: request.tools.map((tool) => ({
      type: "function" as const,
      function: { name: tool.name, description: tool.description, parameters: tool.parameters },
    })),
    // Our three choices are OpenAI's own words.
    ...(request.toolChoice ? { tool_choice: request.toolChoice } : {}),
  };
}

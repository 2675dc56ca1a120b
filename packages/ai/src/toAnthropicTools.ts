import type Anthropic from "@anthropic-ai/sdk";
import type { ModelRequest } from "./ModelRequest.ts";
import { ToolChoice } from "./ToolChoice.ts";

const choices: Record<ToolChoice, Anthropic.ToolChoice> = {
  [ToolChoice.Auto]: { type: "auto" },
  [ToolChoice.Required]: { type: "any" },
  [ToolChoice.None]: { type: "none" },
};

/** The request's tools and tool choice as Messages API fields; nothing when it has no tools. */
export function toAnthropicTools(
  request: ModelRequest,
): Pick<Anthropic.MessageCreateParamsStreaming, "tools" | "tool_choice"> {
  if (!request.tools?.length) return {};
  return {
    tools: request.tools.map((tool) => ({
      name: tool.name,
      description: tool.description,
      input_schema: { ...tool.parameters, type: "object" as const },
    })),
    ...(request.toolChoice ? { tool_choice: choices[request.toolChoice] } : {}),
  };
}

import { FunctionCallingConfigMode, type GenerateContentConfig } from "@google/genai";
import type { ModelRequest } from "./ModelRequest.ts";
import { ToolChoice } from "./ToolChoice.ts";

const modes: Record<ToolChoice, FunctionCallingConfigMode> = {
  [ToolChoice.Auto]: FunctionCallingConfigMode.AUTO,
  [ToolChoice.Required]: FunctionCallingConfigMode.ANY,
  [ToolChoice.None]: FunctionCallingConfigMode.NONE,
};

/**
 * The request's tools and tool choice as Gemini config; nothing when it has no tools. The
 * schema goes as `parametersJsonSchema`, which takes JSON Schema as it is; `parameters` wants
 * Gemini's own OpenAPI subset (upper-case `type`s, no `additionalProperties`).
 */
export function toGoogleTools(request: ModelRequest): Pick<GenerateContentConfig, "tools" | "toolConfig"> {
  if (!request.tools?.length) return {};
  return {
    tools: [
      {
        functionDeclarations: request.tools.map((tool) => ({
          name: tool.name,
          description: tool.description,
          parametersJsonSchema: tool.parameters,
        })),
      },
    ],
    ...(request.toolChoice ? { toolConfig: { functionCallingConfig: { mode: modes[request.toolChoice] } } } : {}),
  };
}

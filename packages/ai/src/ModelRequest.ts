import type { ChatMessage } from "./ChatMessage.ts";
import type { ToolChoice } from "./ToolChoice.ts";
import type { ToolSpec } from "./ToolSpec.ts";

/** What an adapter sends to one model: already routed, already fitted to the context window. */
export interface ModelRequest {
  /** The vendor's model name, without the provider prefix: `claude-haiku-5-5`. */
  model: string;
  system?: string;
  messages: readonly ChatMessage[];
  maxOutputTokens: number;
  temperature?: number;
  /** The tools the model may call; none when absent. */
  tools?: readonly ToolSpec[];
  /** Defaults to the vendor's own default, `auto`, when tools are given. */
  toolChoice?: ToolChoice;
  /** Also yield each call's arguments as they stream, as `tool_call_delta` events. */
  streamToolArguments?: boolean;
}

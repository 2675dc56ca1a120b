import type { ChatMessage } from "./ChatMessage.ts";

/** What an adapter sends to one model: already routed, already fitted to the context window. */
export interface ModelRequest {
  /** The vendor's model name, without the provider prefix: `claude-haiku-5-5`. */
  model: string;
  system?: string;
  messages: readonly ChatMessage[];
  maxOutputTokens: number;
  temperature?: number;
}

import type { ChatMessage } from "./ChatMessage.ts";
import type { ProviderFailure } from "./ProviderFailure.ts";

/**
 * Condenses older turns of a conversation into a short text. The router's own is
 * `summarizeWithRouter`; tests inject a plain function.
 */
export type Summarize = (
  turns: readonly ChatMessage[],
  signal?: AbortSignal,
) => Promise<{ ok: true; text: string } | { ok: false; failure: ProviderFailure }>;

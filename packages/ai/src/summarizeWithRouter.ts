import type { AiConfig } from "./AiConfig.ts";
import type { AiUsage } from "./AiUsage.ts";
import { estimateTokens } from "./estimateTokens.ts";
import type { ProviderAdapter } from "./ProviderAdapter.ts";
import type { ProviderId } from "./ProviderId.ts";
import { promptBudget } from "./promptBudget.ts";
import { resolveRoute } from "./resolveRoute.ts";
import { routeRequest } from "./routeRequest.ts";
import type { Summarize } from "./Summarize.ts";

export interface SummarizeDeps {
  config: AiConfig;
  adapters: Partial<Record<ProviderId, ProviderAdapter>>;
  attemptTimeoutMs?: number;
  /** Summaries are billed calls of their own: this hears their usage. */
  onUsage?: (model: string, usage: AiUsage) => void;
}

const INSTRUCTIONS =
  "Summarise the conversation below for the assistant who continues it: decisions made, code and " +
  "files discussed (with paths and identifiers), open questions. Plain prose, at most 300 words.";
const SUMMARY_MAX_TOKENS = 1_024;

/**
 * The router summarising through itself: task `summarize`, fast tier, with fallback like any
 * request. Turns that would overflow the summariser's own window are cut from the oldest end.
 */
export function summarizeWithRouter({ config, adapters, attemptTimeoutMs, onUsage }: SummarizeDeps): Summarize {
  return async (turns, signal) => {
    const route = resolveRoute({ task: "summarize", tier: "fast", choice: "auto", config });
    if (!route.ok) return route;
    const window = Math.min(...route.chain.map((spec) => spec.contextWindow));
    let transcript = turns.map((turn) => `${turn.role}: ${turn.content}`).join("\n\n");
    const room = promptBudget(window, SUMMARY_MAX_TOKENS) - estimateTokens(INSTRUCTIONS);
    while (transcript.length > 0 && estimateTokens(transcript) > room)
      transcript = transcript.slice(Math.ceil(transcript.length / 10));
    let text = "";
    for await (const event of routeRequest({
      chain: route.chain,
      request: {
        system: INSTRUCTIONS,
        messages: [{ role: "user", content: transcript }],
        maxOutputTokens: SUMMARY_MAX_TOKENS,
      },
      adapters,
      signal,
      attemptTimeoutMs,
    })) {
      if (event.type === "delta") text += event.text;
      else if (event.type === "done") onUsage?.(event.model, event.usage);
      else if (event.type === "error") return { ok: false, failure: { code: event.code, message: event.message } };
    }
    return { ok: true, text };
  };
}

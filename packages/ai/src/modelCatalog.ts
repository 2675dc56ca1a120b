import { ModelKind } from "./ModelKind.ts";
import type { ModelSpec } from "./ModelSpec.ts";

/**
 * The vendor models the platform offers. This is configuration, not truth: windows and limits
 * are the vendors' published figures when this table was written; update it with the vendors'
 * model pages. Prices live in `prices.ts`; which model serves which task in `routingTable.ts`.
 * Local servers are not listed: their one model comes from `LOCAL_AI_MODEL`.
 */
export const modelCatalog: readonly ModelSpec[] = [
  text("anthropic", "claude-opus-5-5", "Claude Opus 5.5", 200_000, 32_000),
  text("anthropic", "claude-sonnet-5-5", "Claude Sonnet 5.5", 200_000, 64_000),
  text("anthropic", "claude-haiku-5-5", "Claude Haiku 5.5", 200_000, 64_000),
  text("openai", "gpt-5.5", "GPT-5.5", 400_000, 128_000),
  text("openai", "gpt-5.4-mini", "GPT-5.4 mini", 400_000, 128_000),
  text("google", "gemini-pro-latest", "Gemini Pro", 1_048_576, 65_536),
  text("google", "gemini-3.8-flash", "Gemini 3.8 Flash", 1_048_576, 65_536),
  embedding("openai", "text-embedding-3-small", "OpenAI embedding (small)", 8_191),
  embedding("openai", "text-embedding-3-large", "OpenAI embedding (large)", 8_191),
  embedding("google", "text-embedding-004", "Google text embedding", 2_048),
];

function text(
  provider: ModelSpec["provider"],
  model: string,
  label: string,
  contextWindow: number,
  maxOutputTokens: number,
): ModelSpec {
  return { provider, model, label, kind: ModelKind.Text, contextWindow, maxOutputTokens };
}

function embedding(provider: ModelSpec["provider"], model: string, label: string, contextWindow: number): ModelSpec {
  return { provider, model, label, kind: ModelKind.Embedding, contextWindow, maxOutputTokens: 0 };
}

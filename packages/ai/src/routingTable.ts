import type { Task } from "./Task.ts";
import type { Tier } from "./Tier.ts";

/**
 * Which models serve a task at a tier, best first; `"<provider>:<model>"` refs into
 * `modelCatalog`. The router tries them in order, skipping providers without a key, and moves
 * on after a retryable failure. A configured local server is appended to every text route as
 * the last resort (see `resolveRoute`). Vendors alternate within a route so that one vendor's
 * outage or rate limit is not the whole route's.
 */
export const routingTable = {
  chat: {
    fast: ["anthropic:claude-haiku-5-5", "openai:gpt-5.4-mini", "google:gemini-3.8-flash"],
    strong: ["anthropic:claude-sonnet-5-5", "openai:gpt-5.5", "google:gemini-pro-latest"],
  },
  code_edit: {
    fast: ["anthropic:claude-haiku-5-5", "openai:gpt-5.4-mini", "google:gemini-3.8-flash"],
    strong: ["anthropic:claude-sonnet-5-5", "openai:gpt-5.5", "google:gemini-pro-latest"],
  },
  plan: {
    fast: ["anthropic:claude-sonnet-5-5", "openai:gpt-5.5", "google:gemini-pro-latest"],
    strong: ["anthropic:claude-opus-5-5", "openai:gpt-5.5", "google:gemini-pro-latest"],
  },
  // Summaries read a lot and write little: the cheapest input tokens first.
  summarize: {
    fast: ["google:gemini-3.8-flash", "anthropic:claude-haiku-5-5", "openai:gpt-5.4-mini"],
    strong: ["anthropic:claude-sonnet-5-5", "google:gemini-pro-latest", "openai:gpt-5.5"],
  },
  embed: {
    fast: ["openai:text-embedding-3-small", "google:text-embedding-004"],
    strong: ["openai:text-embedding-3-large", "google:text-embedding-004"],
  },
} as const satisfies Record<Task, Record<Tier, readonly string[]>>;

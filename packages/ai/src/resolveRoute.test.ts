import { describe, expect, it } from "vitest";
import type { AiConfig } from "./AiConfig.ts";
import { resolveRoute } from "./resolveRoute.ts";
import { toModelRef } from "./toModelRef.ts";

const key = (id: "anthropic" | "openai" | "google") => ({
  id,
  apiKey: "k",
  baseUrl: "http://x",
  keySource: "env" as const,
});
const local = {
  id: "local" as const,
  apiKey: "local",
  baseUrl: "http://l/v1",
  keySource: "env" as const,
  model: "qwen3",
  contextWindow: 32_768,
};

function refs(config: AiConfig, task: "chat" | "summarize" | "embed", tier: "fast" | "strong", choice = "auto") {
  const result = resolveRoute({ task, tier, choice, config });
  return result.ok ? result.chain.map(toModelRef) : result.failure;
}

describe("resolveRoute", () => {
  it("follows the routing table over the configured providers, local last", () => {
    const config: AiConfig = { providers: { openai: key("openai"), google: key("google"), local } };
    expect(refs(config, "chat", "fast")).toEqual(["openai:gpt-5.4-mini", "google:gemini-3.8-flash", "local:qwen3"]);
    expect(refs(config, "summarize", "fast")).toEqual([
      "google:gemini-3.8-flash",
      "openai:gpt-5.4-mini",
      "local:qwen3",
    ]);
  });

  it("never routes embeddings to a local chat model", () => {
    expect(refs({ providers: { local } }, "embed", "fast")).toMatchObject({ code: "no_model_available" });
  });

  it("tells the person asking what they can do when nothing is configured, naming no variable", () => {
    expect(refs({ providers: {} }, "chat", "strong")).toEqual({
      code: "no_model_available",
      message:
        "No AI model is available to you yet: add your own key in Settings, or ask the platform's admin to configure one",
    });
  });

  it("honours a user's explicit choice as the only model", () => {
    const config: AiConfig = { providers: { anthropic: key("anthropic"), openai: key("openai") } };
    expect(refs(config, "chat", "fast", "openai:gpt-5.5")).toEqual(["openai:gpt-5.5"]);
  });

  it("accepts any model name on a local server, with the configured window", () => {
    const result = resolveRoute({
      task: "chat",
      tier: "fast",
      choice: "local:llama3.2:3b",
      config: { providers: { local } },
    });
    expect(result).toMatchObject({ ok: true, chain: [{ model: "llama3.2:3b", contextWindow: 32_768 }] });
  });

  it("refuses a choice for an unconfigured provider or an unknown vendor model", () => {
    const config: AiConfig = { providers: { openai: key("openai") } };
    expect(refs(config, "chat", "fast", "anthropic:claude-haiku-5-5")).toMatchObject({
      code: "no_model_available",
      message: "Anthropic is not available to you: add your own Anthropic key in Settings, or pick another model",
    });
    expect(refs(config, "chat", "fast", "openai:gpt-2")).toMatchObject({ code: "model_not_found" });
    expect(refs(config, "chat", "fast", "openai:text-embedding-3-small")).toMatchObject({ code: "model_not_found" });
  });
});

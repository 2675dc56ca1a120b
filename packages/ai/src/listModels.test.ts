import { describe, expect, it } from "vitest";
import { listModels } from "./listModels.ts";
import { readAiConfig } from "./readAiConfig.ts";

function idsFor(env: Record<string, string>, userKeys = {}) {
  const result = readAiConfig(env, userKeys);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return listModels(result.config);
}

describe("listModels", () => {
  it("lists nothing when no provider is configured", () => {
    expect(idsFor({})).toEqual([]);
  });

  it("lists the models of the providers whose key is set in env, and the local model", () => {
    const models = idsFor({
      GOOGLE_API_KEY: "g",
      LOCAL_AI_BASE_URL: "http://localhost:11434/v1",
      LOCAL_AI_MODEL: "qwen3",
    });
    expect(models.map((m) => m.id)).toEqual([
      "google:gemini-pro-latest",
      "google:gemini-3.8-flash",
      "google:text-embedding-004",
      "local:qwen3",
    ]);
    expect(models.find((m) => m.id === "local:qwen3")).toMatchObject({
      price: null,
      kind: "text",
      contextWindow: 8_192,
    });
    expect(models.find((m) => m.id === "google:gemini-3.8-flash")).toMatchObject({
      price: { inputPerMTok: 0.3, outputPerMTok: 2.5 },
      keySource: "env",
    });
  });

  it("adds the models a user's own key unlocks, marked as running on their key", () => {
    const models = idsFor({ GOOGLE_API_KEY: "g" }, { anthropic: "sk-mine" });
    const anthropic = models.filter((m) => m.provider === "anthropic");
    expect(anthropic.map((m) => m.id)).toEqual([
      "anthropic:claude-opus-5-5",
      "anthropic:claude-sonnet-5-5",
      "anthropic:claude-haiku-5-5",
    ]);
    expect(anthropic.every((m) => m.keySource === "user")).toBe(true);
  });
});

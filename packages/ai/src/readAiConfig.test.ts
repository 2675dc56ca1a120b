import { describe, expect, it } from "vitest";
import { readAiConfig } from "./readAiConfig.ts";

describe("readAiConfig", () => {
  it("configures only the vendors that have a key, with their default base URLs", () => {
    const result = readAiConfig({ ANTHROPIC_API_KEY: "sk-ant", OPENAI_BASE_URL: "http://x/v1" });
    expect(result).toEqual({
      ok: true,
      config: {
        providers: {
          anthropic: { id: "anthropic", apiKey: "sk-ant", baseUrl: "https://api.anthropic.com", keySource: "env" },
        },
      },
    });
  });

  it("uses a base URL from env and drops its trailing slash", () => {
    const result = readAiConfig({ GOOGLE_API_KEY: "g", GOOGLE_BASE_URL: "http://127.0.0.1:9/" });
    expect(result.ok && result.config.providers.google?.baseUrl).toBe("http://127.0.0.1:9");
  });

  it("lets a user's own key replace the platform's", () => {
    const result = readAiConfig({ OPENAI_API_KEY: "platform" }, { openai: "mine", google: "my-google" });
    expect(result.ok && result.config.providers.openai).toMatchObject({ apiKey: "mine", keySource: "user" });
    expect(result.ok && result.config.providers.google).toMatchObject({ apiKey: "my-google", keySource: "user" });
  });

  it("configures a local server from its base URL and model", () => {
    const result = readAiConfig({ LOCAL_AI_BASE_URL: "http://localhost:11434/v1", LOCAL_AI_MODEL: "llama3.2" });
    expect(result.ok && result.config.providers.local).toMatchObject({
      baseUrl: "http://localhost:11434/v1",
      model: "llama3.2",
      contextWindow: 8_192,
    });
  });

  it("says what to set when a local model has no base URL, or a URL is malformed", () => {
    const result = readAiConfig({ LOCAL_AI_MODEL: "llama3.2", ANTHROPIC_API_KEY: "k", ANTHROPIC_BASE_URL: "nope" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      'ANTHROPIC_BASE_URL must be an http(s) URL, not "nope"',
      expect.stringContaining("LOCAL_AI_MODEL is set but LOCAL_AI_BASE_URL is not: set it to"),
    ]);
  });

  it("treats blank values as unset", () => {
    expect(readAiConfig({ ANTHROPIC_API_KEY: "  ", LOCAL_AI_MODEL: "" })).toEqual({
      ok: true,
      config: { providers: {} },
    });
  });
});

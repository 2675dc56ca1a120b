import { AiErrorCode, type AiConfig } from "@wove/ai";
import { describe, expect, it } from "vitest";
import { adminHintFor } from "./adminHintFor.ts";

const platformAnthropic: AiConfig = {
  providers: { anthropic: { id: "anthropic", apiKey: "k", baseUrl: "http://a", keySource: "env" } },
};
const ownOpenAi: AiConfig = {
  providers: { openai: { id: "openai", apiKey: "mine", baseUrl: "http://o", keySource: "user" } },
};

describe("adminHintFor", () => {
  it("names every variable to set when the platform has no provider", () => {
    const hint = adminHintFor(AiErrorCode.NoModelAvailable, { providers: {} }) ?? "";
    for (const name of [
      "ANTHROPIC_API_KEY",
      "OPENAI_API_KEY",
      "GOOGLE_API_KEY",
      "LOCAL_AI_BASE_URL",
      "LOCAL_AI_MODEL",
    ]) {
      expect(hint).toContain(name);
    }
    expect(adminHintFor(AiErrorCode.NoModelAvailable, ownOpenAi)).toContain("ANTHROPIC_API_KEY");
  });

  it("names the platform's key variables when a vendor refuses a key", () => {
    expect(adminHintFor(AiErrorCode.InvalidKey, platformAnthropic)).toContain("ANTHROPIC_API_KEY");
    expect(adminHintFor(AiErrorCode.InvalidKey, ownOpenAi)).toBeNull();
  });

  it("has nothing to say about failures no setting fixes", () => {
    expect(adminHintFor(AiErrorCode.RateLimited, platformAnthropic)).toBeNull();
    expect(adminHintFor(AiErrorCode.NoModelAvailable, platformAnthropic)).toBeNull();
  });
});

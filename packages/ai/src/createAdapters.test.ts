import { describe, expect, it } from "vitest";
import type { AiConfig } from "./AiConfig.ts";
import { createAdapters } from "./createAdapters.ts";

const config = (): AiConfig => ({
  providers: {
    anthropic: { id: "anthropic", apiKey: "k", baseUrl: "http://127.0.0.1:1", keySource: "env" },
    local: { id: "local", apiKey: "local", baseUrl: "http://127.0.0.1:2/v1", keySource: "env" },
  },
});

describe("createAdapters", () => {
  it("builds one adapter per configured provider", () => {
    const adapters = createAdapters(config());
    expect(Object.keys(adapters).sort()).toEqual(["anthropic", "local"]);
    expect(adapters.local?.id).toBe("local");
  });

  it("builds a config's SDK clients once, and another config's anew", () => {
    const kept = config();
    expect(createAdapters(kept)).toBe(createAdapters(kept));
    expect(createAdapters(config()).anthropic).not.toBe(createAdapters(kept).anthropic);
  });
});

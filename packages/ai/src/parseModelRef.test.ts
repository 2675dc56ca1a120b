import { describe, expect, it } from "vitest";
import { parseModelRef } from "./parseModelRef.ts";

describe("parseModelRef", () => {
  it("splits provider and model at the first colon, keeping Ollama tags", () => {
    expect(parseModelRef("local:llama3.2:3b")).toEqual({ ok: true, provider: "local", model: "llama3.2:3b" });
  });

  it("rejects an unknown provider or a missing model with the expected form", () => {
    expect(parseModelRef("mistral:large")).toMatchObject({
      ok: false,
      message: expect.stringContaining("<provider>:<model>"),
    });
    expect(parseModelRef("openai:")).toMatchObject({ ok: false });
    expect(parseModelRef("gpt-5.5")).toMatchObject({ ok: false });
  });
});

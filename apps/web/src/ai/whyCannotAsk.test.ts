import { describe, expect, it } from "vitest";
import type { AiModel } from "@wove/protocol";
import { whyCannotAsk } from "./whyCannotAsk.ts";

const model: AiModel = {
  id: "local:llama3.2",
  provider: "local",
  model: "llama3.2",
  contextWindow: 8_192,
  maxOutputTokens: 2_048,
  price: null,
  keySource: "env",
};
const ready = (models: AiModel[], auto: boolean) => ({ status: "ready" as const, data: { models, auto } });
const base = { signedIn: true, online: true, models: ready([model], true), choice: "auto" };

describe("whyCannotAsk", () => {
  it("lets a question go when a model can answer it", () => {
    expect(whyCannotAsk(base)).toBeNull();
    expect(whyCannotAsk({ ...base, choice: "local:llama3.2" })).toBeNull();
    // Still loading the list: the Worker decides.
    expect(whyCannotAsk({ ...base, models: { status: "loading" } })).toBeNull();
  });

  it("says why a question would fail: no model, signed out, offline, a pick no longer offered", () => {
    expect(whyCannotAsk({ ...base, models: ready([], false) })).toBe(
      "Sending is off until an AI model is available to you.",
    );
    expect(whyCannotAsk({ ...base, signedIn: false })).toBe("Sign in to send a question.");
    expect(whyCannotAsk({ ...base, online: false })).toMatch(/^You are offline/);
    expect(whyCannotAsk({ ...base, choice: "anthropic:claude-haiku-5-5" })).toBe(
      "The model you picked is no longer available: pick another.",
    );
    expect(whyCannotAsk({ ...base, models: { status: "error", message: "no" } })).toMatch(/cannot be reached/);
  });

  it("never repeats the notice's sentence about adding a key", () => {
    expect(whyCannotAsk({ ...base, models: ready([], false) })).not.toMatch(/Settings|No AI model is available/);
  });
});

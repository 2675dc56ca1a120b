import type { AiModel } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { whyCannotRun } from "./whyCannotRun.ts";

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
const editor = { signedIn: true, canEdit: true, online: true, models: ready([model], true), choice: "auto" };

describe("whyCannotRun", () => {
  it("lets an editor run the agent with auto or an offered model", () => {
    expect(whyCannotRun(editor)).toBeNull();
    expect(whyCannotRun({ ...editor, choice: "local:llama3.2" })).toBeNull();
    // The list is still loading: the server decides.
    expect(whyCannotRun({ ...editor, models: { status: "loading" } })).toBeNull();
  });

  it("tells viewers and visitors why they can only watch", () => {
    expect(whyCannotRun({ ...editor, canEdit: false })).toMatch(/only the project's editors/);
    expect(whyCannotRun({ ...editor, signedIn: false, canEdit: false })).toMatch(/^Sign in as an editor/);
  });

  it("says why a run would fail: offline, no model, a pick no longer offered", () => {
    expect(whyCannotRun({ ...editor, online: false })).toMatch(/^You are offline/);
    expect(whyCannotRun({ ...editor, models: ready([], false) })).toMatch(/until an AI model is available/);
    expect(whyCannotRun({ ...editor, models: ready([model], false) })).toBe("Pick a model for the agent.");
    expect(whyCannotRun({ ...editor, choice: "openai:gone" })).toMatch(/no longer available/);
    expect(whyCannotRun({ ...editor, models: { status: "error", message: "no" } })).toMatch(/cannot be reached/);
  });
});

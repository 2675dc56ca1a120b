import { describe, expect, it } from "vitest";
import { localModel, ready } from "../ai/modelsFixture.ts";
import { whyCannotRun } from "./whyCannotRun.ts";

const editor = { signedIn: true, canEdit: true, online: true, models: ready([localModel], true), choice: "auto" };

describe("whyCannotRun", () => {
  it("lets an editor run the agent with auto or an offered model", () => {
    expect(whyCannotRun(editor)).toBeNull();
    expect(whyCannotRun({ ...editor, choice: "local:llama3.2" })).toBeNull();
  });

  it("tells viewers and visitors why they can only watch", () => {
    expect(whyCannotRun({ ...editor, canEdit: false })).toMatch(/only the project's editors/);
    expect(whyCannotRun({ ...editor, signedIn: false, canEdit: false })).toMatch(/^Sign in as an editor/);
  });

  it("says why a run would fail: offline, no model (in the agent's words)", () => {
    expect(whyCannotRun({ ...editor, online: false })).toMatch(/^You are offline/);
    expect(whyCannotRun({ ...editor, models: ready([], false) })).toBe(
      "Running is off until an AI model is available to you.",
    );
    expect(whyCannotRun({ ...editor, models: ready([localModel], false) })).toBe("Pick a model for the agent.");
  });
});

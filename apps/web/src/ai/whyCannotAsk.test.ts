import { describe, expect, it } from "vitest";
import { whyCannotAsk } from "./whyCannotAsk.ts";
import { localModel, ready } from "./modelsFixture.ts";

const base = { signedIn: true, online: true, models: ready([localModel], true), choice: "auto" };

describe("whyCannotAsk", () => {
  it("lets a question go when a model can answer it", () => {
    expect(whyCannotAsk(base)).toBeNull();
  });

  it("says why a question would fail: signed out, offline, no model (in the composer's words)", () => {
    expect(whyCannotAsk({ ...base, signedIn: false })).toBe("Sign in to send a question.");
    expect(whyCannotAsk({ ...base, online: false })).toMatch(/^You are offline/);
    expect(whyCannotAsk({ ...base, models: ready([], false) })).toBe(
      "Sending is off until an AI model is available to you.",
    );
    expect(whyCannotAsk({ ...base, models: ready([localModel], false) })).toBe("Pick a model to send a question.");
  });

  it("never repeats the notice's sentence about adding a key", () => {
    expect(whyCannotAsk({ ...base, models: ready([], false) })).not.toMatch(/Settings|No AI model is available/);
  });
});

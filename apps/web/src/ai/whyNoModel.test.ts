import { describe, expect, it } from "vitest";
import { localModel, ready } from "./modelsFixture.ts";
import { whyNoModel } from "./whyNoModel.ts";

const words = { off: "Sending is off", pick: "Pick a model to send a question." };

describe("whyNoModel", () => {
  it("finds a model for auto or an offered pick, and leaves a list still loading to the server", () => {
    expect(whyNoModel(ready([localModel], true), "auto", words)).toBeNull();
    expect(whyNoModel(ready([localModel], false), "local:llama3.2", words)).toBeNull();
    expect(whyNoModel({ status: "loading" }, "auto", words)).toBeNull();
  });

  it("says, in the caller's words, why no model would answer", () => {
    expect(whyNoModel({ status: "error", message: "no" }, "auto", words)).toBe(
      "Sending is off: the AI service cannot be reached.",
    );
    expect(whyNoModel(ready([], false), "auto", words)).toBe("Sending is off until an AI model is available to you.");
    expect(whyNoModel(ready([localModel], false), "auto", words)).toBe("Pick a model to send a question.");
    expect(whyNoModel(ready([localModel], true), "openai:gone", words)).toBe(
      "The model you picked is no longer available: pick another.",
    );
  });
});

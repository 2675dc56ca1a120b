import { describe, expect, it } from "vitest";
import { withArticle } from "./withArticle.ts";

describe("withArticle", () => {
  it("puts an before a vowel and a before a consonant", () => {
    expect(withArticle("editor")).toBe("an editor");
    expect(withArticle("owner")).toBe("an owner");
    expect(withArticle("viewer")).toBe("a viewer");
    expect(withArticle("static project")).toBe("a static project");
  });

  it("goes by the sound where the letter misleads", () => {
    expect(withArticle("user")).toBe("a user");
    expect(withArticle("unit")).toBe("a unit");
    expect(withArticle("hour")).toBe("an hour");
    expect(withArticle("update")).toBe("an update");
    expect(withArticle("unusual name")).toBe("an unusual name");
  });
});

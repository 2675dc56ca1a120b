import { describe, expect, it } from "vitest";
import { wrapFocus } from "./wrapFocus.ts";

describe("wrapFocus", () => {
  const items = ["name", "description", "create", "cancel"];

  it("moves from the last item to the first on Tab, and back on Shift+Tab", () => {
    expect(wrapFocus(items, "cancel", false)).toBe("name");
    expect(wrapFocus(items, "name", true)).toBe("cancel");
  });

  it("lets the browser move focus between the items", () => {
    expect(wrapFocus(items, "name", false)).toBeUndefined();
    expect(wrapFocus(items, "create", true)).toBeUndefined();
  });

  it("brings focus back in from outside", () => {
    expect(wrapFocus(items, "elsewhere", false)).toBe("name");
    expect(wrapFocus(items, null, true)).toBe("cancel");
  });

  it("does nothing without items", () => {
    expect(wrapFocus([], "x", false)).toBeUndefined();
  });
});

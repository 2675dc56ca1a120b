import { describe, expect, it } from "vitest";
import { firstFreeSlug, slugify } from "./slugify.ts";

describe("slugify", () => {
  it("derives a lowercase, dash-separated slug from a name", () => {
    expect(slugify("My App!")).toBe("my-app");
    expect(slugify("  Crème brûlée  2.0 ")).toBe("creme-brulee-2-0");
  });

  it("never answers an empty slug and caps the length", () => {
    expect(slugify("!!!")).toBe("project");
    expect(slugify("日本語")).toBe("project");
    expect(slugify("a".repeat(100))).toHaveLength(48);
  });
});

describe("firstFreeSlug", () => {
  it("appends the first free number", () => {
    expect(firstFreeSlug("app", new Set())).toBe("app");
    expect(firstFreeSlug("app", new Set(["app", "app-2"]))).toBe("app-3");
  });
});

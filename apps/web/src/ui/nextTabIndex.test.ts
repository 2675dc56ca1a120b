import { describe, expect, it } from "vitest";
import { nextTabIndex } from "./nextTabIndex.ts";

describe("nextTabIndex", () => {
  it("moves with the arrow keys and wraps around", () => {
    expect(nextTabIndex(0, "ArrowRight", 2)).toBe(1);
    expect(nextTabIndex(1, "ArrowRight", 2)).toBe(0);
    expect(nextTabIndex(0, "ArrowLeft", 2)).toBe(1);
    expect(nextTabIndex(1, "ArrowUp", 3)).toBe(0);
  });

  it("jumps to the ends with Home and End", () => {
    expect(nextTabIndex(1, "Home", 3)).toBe(0);
    expect(nextTabIndex(0, "End", 3)).toBe(2);
  });

  it("ignores other keys and empty lists", () => {
    expect(nextTabIndex(0, "Enter", 2)).toBeUndefined();
    expect(nextTabIndex(0, "ArrowRight", 0)).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { minimalEdit } from "./minimalEdit.ts";

const apply = (text: string, edit: ReturnType<typeof minimalEdit>) =>
  edit ? text.slice(0, edit.start) + edit.text + text.slice(edit.end) : text;

describe("minimalEdit", () => {
  it("answers null for equal texts", () => {
    expect(minimalEdit("same", "same")).toBeNull();
  });

  it("replaces only what lies between the common prefix and suffix", () => {
    expect(minimalEdit("const a = 1;", "const abc = 1;")).toEqual({ start: 7, end: 7, text: "bc" });
    expect(minimalEdit("a\r\nb\nc", "a\nb\nc")).toEqual({ start: 1, end: 2, text: "" });
  });

  it("handles repeated characters at the seam", () => {
    for (const [from, to] of [
      ["aaaa", "aa"],
      ["aa", "aaaa"],
      ["abab", "ab"],
      ["", "xyz"],
      ["xyz", ""],
    ] as const) {
      expect(apply(from, minimalEdit(from, to))).toBe(to);
    }
  });

  it("never splits a surrogate pair", () => {
    const edit = minimalEdit("a😀b", "a😃b");
    expect(edit).toEqual({ start: 1, end: 3, text: "😃" });
  });
});

import { describe, expect, it } from "vitest";
import { mapOffset, mapSelection } from "./mapOffset.ts";

describe("mapOffset", () => {
  it("moves an offset by what changed before it and ignores what changed after", () => {
    const edits = [
      { start: 1, end: 3, text: "abcd" },
      { start: 10, end: 12, text: "" },
    ];
    expect(mapOffset(0, edits, -1)).toBe(0);
    expect(mapOffset(5, edits, -1)).toBe(7);
    expect(mapOffset(15, edits, -1)).toBe(15);
  });

  it("stays before or moves after an insertion exactly at the offset, as asked", () => {
    const edits = [{ start: 4, end: 4, text: "xyz" }];
    expect(mapOffset(4, edits, -1)).toBe(4);
    expect(mapOffset(4, edits, 1)).toBe(7);
  });

  it("sends an offset inside deleted text to where the deletion happened", () => {
    const edits = [
      { start: 0, end: 0, text: "ab" },
      { start: 5, end: 9, text: "Q" },
    ];
    expect(mapOffset(7, edits, -1)).toBe(7);
    expect(mapOffset(7, edits, 1)).toBe(8);
    expect(mapOffset(9, edits, -1)).toBe(8);
  });
});

describe("mapSelection", () => {
  it("keeps a collaborator's insertion at my caret after my caret", () => {
    expect(mapSelection({ anchor: 3, head: 3 }, [{ start: 3, end: 3, text: "hi" }])).toEqual({ anchor: 3, head: 3 });
  });

  it("does not grow a selection to take in text inserted at either edge", () => {
    const edits = [
      { start: 2, end: 2, text: "<" },
      { start: 6, end: 6, text: ">" },
    ];
    expect(mapSelection({ anchor: 2, head: 6 }, edits)).toEqual({ anchor: 3, head: 7 });
    expect(mapSelection({ anchor: 6, head: 2 }, edits)).toEqual({ anchor: 7, head: 3 });
  });
});

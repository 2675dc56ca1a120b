import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { fillScattered } from "./fillScattered.ts";

function filled(edits: number, seed: number) {
  const doc = new Y.Doc();
  const text = doc.getText("t");
  fillScattered(doc, text, edits, seed);
  return { doc, text };
}

describe("fillScattered", () => {
  it("inserts exactly one character per edit, with lines", () => {
    const { text } = filled(4_000, 1);
    expect(text.length).toBe(4_000);
    expect(text.toString().split("\n").length).toBeGreaterThan(40);
  });

  it("is the same for the same seed", () => {
    expect(filled(500, 7).text.toString()).toBe(filled(500, 7).text.toString());
  });

  it("leaves most characters as items of their own (no runs to merge)", () => {
    const { doc } = filled(4_000, 3);
    const { structs } = Y.decodeUpdate(Y.encodeStateAsUpdate(doc));
    expect(structs.length).toBeGreaterThan(3_000);
  });
});

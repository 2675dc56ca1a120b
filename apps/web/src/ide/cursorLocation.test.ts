import { createFile, textOf } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { cursorLocation } from "./cursorLocation.ts";

describe("cursorLocation", () => {
  it("turns a relative position into the line and column it now points at", () => {
    const doc = new Y.Doc();
    const created = createFile(doc, { path: "a.ts", text: "one\ntwo\nthree" });
    const id = created.ok ? created.value : "";
    const text = textOf(doc, id) as Y.Text;
    const rel = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 9)); // "t|hree"
    expect(cursorLocation(doc, id, rel)).toEqual({ line: 3, column: 2 });
    text.insert(0, "zero\n");
    expect(cursorLocation(doc, id, rel)).toEqual({ line: 4, column: 2 });
  });

  it("answers null for another file's position or garbage", () => {
    const doc = new Y.Doc();
    const a = createFile(doc, { path: "a.ts", text: "a" });
    const b = createFile(doc, { path: "b.ts", text: "b" });
    const rel = Y.relativePositionToJSON(
      Y.createRelativePositionFromTypeIndex(textOf(doc, a.ok ? a.value : "") as Y.Text, 0),
    );
    expect(cursorLocation(doc, b.ok ? b.value : "", rel)).toBeNull();
    expect(cursorLocation(doc, a.ok ? a.value : "", { nonsense: true })).toBeNull();
  });
});

import { createFile, textOf } from "@wove/protocol";
import { setCurrentFile, setCursor } from "@wove/sync";
import { describe, expect, it } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { readOwnSelection } from "./readOwnSelection.ts";

function select(doc: Y.Doc, awareness: Awareness, fileId: string, anchor: number, head: number) {
  const ytext = textOf(doc, fileId)!;
  const at = (index: number) => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(ytext, index));
  setCurrentFile(awareness, fileId);
  setCursor(awareness, { anchor: at(anchor), head: at(head) });
}

describe("readOwnSelection", () => {
  it("reads the selected text and its lines from this person's presence, as others type", () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const created = createFile(doc, { path: "a.ts", text: "one\ntwo\nthree\nfour\n" });
    const fileId = created.ok ? created.value : "";
    select(doc, awareness, fileId, 14, 4); // backwards, from the end of "three\n" to "two"
    textOf(doc, fileId)!.insert(0, "zero\n"); // someone types above
    expect(readOwnSelection(doc, awareness)).toEqual({ fileId, text: "two\nthree\n", label: "lines 3–4" });
    select(doc, awareness, fileId, 5, 8);
    expect(readOwnSelection(doc, awareness)?.label).toBe("line 2");
    awareness.destroy();
  });

  it("answers null for a caret with nothing selected, or no file", () => {
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    const created = createFile(doc, { path: "a.ts", text: "abc" });
    select(doc, awareness, created.ok ? created.value : "", 1, 1);
    expect(readOwnSelection(doc, awareness)).toBeNull();
    setCurrentFile(awareness, null);
    expect(readOwnSelection(doc, awareness)).toBeNull();
    awareness.destroy();
  });
});

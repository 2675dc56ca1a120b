import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { replaceText } from "./replaceText.ts";

const lines = (...text: string[]) => text.join("\n");

/** Two replicas of one Y.Text, synced both ways. */
function pair(initial: string) {
  const a = new Y.Doc();
  a.getText("t").insert(0, initial);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a: a.getText("t"), b: b.getText("t"), sync };
}

describe("replaceText", () => {
  it("makes the text read the new text", () => {
    const { a } = pair(lines("one", "two", "three"));
    expect(replaceText(a, lines("one", "2", "three", "four"))).toBeGreaterThan(0);
    expect(a.toString()).toBe(lines("one", "2", "three", "four"));
  });

  it("changes nothing when the text already reads that way", () => {
    const { a } = pair("same");
    const updates: Uint8Array[] = [];
    a.doc!.on("update", (update: Uint8Array) => updates.push(update));
    expect(replaceText(a, "same")).toBe(0);
    expect(updates).toHaveLength(0);
  });

  it("keeps a collaborator's concurrent typing on a line it does not change", () => {
    const { a, b, sync } = pair(lines("const x = 1;", "const y = 2;", "const z = 3;"));
    b.insert(b.toString().indexOf("z = 3") + 5, "00"); // someone types on line 3
    a.doc!.transact(() => replaceText(a, lines("const x = 10;", "const y = 2;", "const z = 3;")));
    sync();
    expect(a.toString()).toBe(lines("const x = 10;", "const y = 2;", "const z = 300;"));
    expect(b.toString()).toBe(a.toString());
  });

  it("is one update when called in a transaction", () => {
    const { a } = pair(lines("a", "b", "c", "d"));
    const updates: Uint8Array[] = [];
    a.doc!.on("update", (update: Uint8Array) => updates.push(update));
    a.doc!.transact(() => replaceText(a, lines("A", "b", "C", "d")));
    expect(updates).toHaveLength(1);
  });
});

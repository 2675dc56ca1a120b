import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { changedFileIds } from "./changedFileIds.ts";
import { createFile, deleteFile, renameFile, textOf } from "./fileTree.ts";

function collect(doc: Y.Doc) {
  const seen: Array<Set<string>> = [];
  doc.on("afterTransaction", (tr: Y.Transaction) => seen.push(changedFileIds(doc, tr)));
  return seen;
}

describe("changedFileIds", () => {
  it("names the files a transaction created, edited, renamed or deleted", () => {
    const doc = new Y.Doc();
    const seen = collect(doc);
    const a = createFile(doc, { path: "a.ts", text: "a", id: "aaaa" });
    const b = createFile(doc, { path: "b.ts", text: "b", id: "bbbb" });
    if (!a.ok || !b.ok) throw new Error("create failed");
    textOf(doc, "aaaa")?.insert(1, "!");
    renameFile(doc, "bbbb", "c.ts");
    deleteFile(doc, "aaaa");
    expect(seen.map((s) => [...s])).toEqual([["aaaa"], ["bbbb"], ["aaaa"], ["bbbb"], ["aaaa"]]);
  });

  it("names a file edited by a remote update", () => {
    const origin = new Y.Doc();
    createFile(origin, { path: "x.md", text: "", id: "xxxx" });
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(origin));
    const seen = collect(replica);
    const before = Y.encodeStateVector(origin);
    textOf(origin, "xxxx")?.insert(0, "remote typing");
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(origin, before));
    expect(seen.map((s) => [...s])).toEqual([["xxxx"]]);
  });
});

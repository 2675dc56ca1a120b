import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { checkUpdatePaths } from "./checkUpdatePaths.ts";
import { createFile, filesOf, metaOf, renameFile, textOf } from "./fileTree.ts";

/** A client and the room it syncs with; `send` runs a change and answers its update. */
function pair() {
  const room = new Y.Doc();
  const client = new Y.Doc();
  const send = (change: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(client);
    change(client);
    return Y.encodeStateAsUpdate(client, before);
  };
  const check = (update: Uint8Array) => checkUpdatePaths(room, Y.decodeUpdate(update));
  const apply = (update: Uint8Array) => Y.applyUpdate(room, update);
  return { room, client, send, check, apply };
}

/** Writes a path as a hostile client can: without the helpers' checks. */
function setPath(doc: Y.Doc, id: string, path: string): void {
  let entry = filesOf(doc).get(id);
  if (!entry) {
    entry = new Y.Map<unknown>();
    filesOf(doc).set(id, entry);
    entry.set("kind", "text");
    entry.set("text", new Y.Text());
  }
  entry.set("path", path);
}

const INVALID = ["../../etc/passwd", "/abs", "a//b", "x".repeat(5000), "a\u0000b", "tab\there", "del\u007f"];

describe("checkUpdatePaths (SPEC D15)", () => {
  it("passes the updates the IDE sends: creating, renaming, typing", () => {
    const { send, check, apply } = pair();
    for (const change of [
      (d: Y.Doc) => createFile(d, { path: "src/index.ts", text: "export {}", id: "f1" }),
      (d: Y.Doc) => renameFile(d, "f1", "src/main.ts"),
      (d: Y.Doc) => textOf(d, "f1")?.insert(0, "// hi\n"),
      (d: Y.Doc) => metaOf(d).set("path", "/not/a/file/path"),
    ]) {
      const update = send(change);
      expect(check(update)).toEqual({ ok: true });
      apply(update);
    }
  });

  it("refuses a new file at each path the IDE refuses", () => {
    for (const path of INVALID) {
      const { send, check } = pair();
      expect(check(send((d) => setPath(d, "f1", path)))).toMatchObject({ ok: false, reason: "invalid-path", path });
    }
  });

  it("refuses a rename to an invalid path, which the update places only through its origin", () => {
    for (const path of INVALID) {
      const { send, check, apply } = pair();
      apply(send((d) => createFile(d, { path: "ok.txt", text: "", id: "f1" })));
      const update = send((d) => setPath(d, "f1", path));
      expect(Y.decodeUpdate(update).structs.some((s) => s instanceof Y.Item && s.parentSub === "path")).toBe(false);
      expect(check(update)).toMatchObject({ ok: false, reason: "invalid-path", path });
    }
  });

  it("finds an invalid path anywhere in an offline client's catch-up", () => {
    const { send, check } = pair();
    const update = send((d) => {
      createFile(d, { path: "a.txt", text: "a", id: "f1" });
      for (let i = 0; i < 50; i++) textOf(d, "f1")?.insert(0, "x");
      renameFile(d, "f1", "b.txt");
      setPath(d, "f1", "../escape");
      createFile(d, { path: "c.txt", text: "c", id: "f2" });
    });
    expect(check(update)).toMatchObject({ ok: false, path: "../escape" });
  });

  it("places a rename that concurrently replaces a value the room already replaced", () => {
    const { room, client, send, check, apply } = pair();
    apply(send((d) => createFile(d, { path: "ok.txt", text: "", id: "f1" })));
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
    // Someone else renames first; this client, not having heard, renames too.
    renameFile(room, "f1", "theirs.txt");
    const mine = send((d) => renameFile(d, "f1", "mine.txt"));
    expect(check(mine)).toEqual({ ok: true });
    apply(mine);
    expect(check(send((d) => setPath(d, "f1", "/etc/passwd")))).toMatchObject({ ok: false, reason: "invalid-path" });
  });

  it("refuses an update built on content the room does not have", () => {
    const { send, check } = pair();
    send((d) => createFile(d, { path: "ok.txt", text: "", id: "f1" }));
    // Its first half never reached the room: the rename cannot be placed.
    expect(check(send((d) => renameFile(d, "f1", "later.txt")))).toEqual({ ok: false, reason: "unresolved" });
  });
});

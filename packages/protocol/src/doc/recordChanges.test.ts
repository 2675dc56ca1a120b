import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { changeRecordSchema } from "./ChangeRecord.ts";
import { createFile, deleteFile, filesOf, metaOf, renameFile, textOf } from "./fileTree.ts";
import { recordChanges } from "./recordChanges.ts";

const AGENT = { agentRun: "run-1" };

function mustCreate(doc: Y.Doc, path: string, text = ""): string {
  const result = createFile(doc, { path, text });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("recordChanges (SPEC D16)", () => {
  it("names what the agent inserted by its ids and runs the write with the given origin", () => {
    const doc = new Y.Doc();
    const id = mustCreate(doc, "app.ts", "hello");
    const before = Y.getState(doc.store, doc.clientID);
    const origins: unknown[] = [];
    doc.on("afterTransaction", (transaction: Y.Transaction) => origins.push(transaction.origin));
    const record = recordChanges(doc, AGENT, () => textOf(doc, id)!.insert(5, ", world"));
    expect(textOf(doc, id)!.toString()).toBe("hello, world");
    expect(record.inserted).toEqual([[doc.clientID, before, ", world".length]]);
    expect(record.edited).toEqual([id]);
    expect(record.deletedText).toEqual([]);
    expect(origins).toEqual([AGENT]);
  });

  it("keeps the characters the agent deleted, which the document itself forgets", () => {
    const doc = new Y.Doc();
    const id = mustCreate(doc, "app.ts", "one two three");
    const text = textOf(doc, id)!;
    const first = text._start!.id;
    const record = recordChanges(doc, AGENT, () => text.delete(4, 4));
    expect(record.deletedText).toEqual([{ file: id, client: first.client, clock: first.clock + 4, text: "two " }]);
    // Garbage collected at the end of the transaction: only the tombstone's length is left.
    let tombstone = text._start;
    while (tombstone && !tombstone.deleted) tombstone = tombstone.right;
    expect(tombstone?.content).toBeInstanceOf(Y.ContentDeleted);
    expect(tombstone?.length).toBe(4);
  });

  it("leaves out text inserted and deleted by the same transaction", () => {
    const doc = new Y.Doc();
    const id = mustCreate(doc, "app.ts", "ab");
    const record = recordChanges(doc, AGENT, () => {
      textOf(doc, id)!.insert(1, "xyz");
      textOf(doc, id)!.delete(1, 2);
    });
    expect(textOf(doc, id)!.toString()).toBe("azb");
    expect(record.deletedText).toEqual([]);
  });

  it("records a rename's previous path, a created file and each deleted file's content", () => {
    const doc = new Y.Doc();
    const a = mustCreate(doc, "src/a.ts", "A");
    const c = mustCreate(doc, "src/c.ts", "C text");
    // Typed by someone else: the deleted file's text is then two runs of ids.
    const person = new Y.Doc();
    Y.applyUpdate(person, Y.encodeStateAsUpdate(doc));
    textOf(person, c)!.insert(6, " more");
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(person));
    const logo = { hash: "ab".repeat(32), size: 10, mime: "image/png" };
    const png = createFile(doc, { path: "logo.png", blob: logo });
    if (!png.ok) throw new Error(png.error);
    let created = "";
    const record = recordChanges(doc, AGENT, () => {
      created = mustCreate(doc, "notes.md", "agent notes");
      expect(renameFile(doc, a, "src/b.ts").ok).toBe(true);
      expect(renameFile(doc, a, "src/b2.ts").ok).toBe(true);
      expect(deleteFile(doc, c).ok).toBe(true);
      expect(deleteFile(doc, png.value).ok).toBe(true);
    });
    expect(record.keys).toEqual([{ file: a, key: "path", before: "src/a.ts" }]);
    expect(record.created).toEqual([created]);
    expect(record.deleted).toHaveLength(2);
    const text = record.deleted.find((d) => d.file === c)!;
    expect(text).toMatchObject({ path: "src/c.ts", kind: "text" });
    expect(text.segments!.map((s) => s[2]).join("")).toBe("C text more");
    expect(text.segments!.map((s) => s[0])).toEqual([doc.clientID, person.clientID]);
    expect(record.deleted.find((d) => d.file === png.value)).toEqual({
      file: png.value,
      path: "logo.png",
      kind: "blob",
      blob: logo,
    });
  });

  it("records nothing of the files for a change elsewhere in the document", () => {
    const doc = new Y.Doc();
    mustCreate(doc, "a.ts", "A");
    const record = recordChanges(doc, AGENT, () => metaOf(doc).set("name", "Demo"));
    expect(record).toMatchObject({ edited: [], deletedText: [], keys: [], created: [], deleted: [] });
  });

  it("comes back unchanged through JSON and the schema", () => {
    const doc = new Y.Doc();
    const id = mustCreate(doc, "a.ts", "const a = 1;");
    const record = recordChanges(doc, AGENT, () => {
      textOf(doc, id)!.delete(6, 1);
      textOf(doc, id)!.insert(6, "b");
      renameFile(doc, id, "b.ts");
      filesOf(doc).get(id)!.set("mode", { exec: true });
    });
    expect(record.keys).toEqual([
      { file: id, key: "path", before: "a.ts" },
      { file: id, key: "mode" },
    ]);
    expect(changeRecordSchema.parse(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it("refuses to run inside another transaction, whose end it would not see", () => {
    const doc = new Y.Doc();
    expect(() => doc.transact(() => recordChanges(doc, AGENT, () => {}))).toThrow(/outside doc.transact/);
  });
});

import { createFile, filesOf, moveFolder } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { listRoomFiles } from "./listRoomFiles.ts";
import { type ExportedFile, planExport } from "./planExport.ts";

function exportedAs(doc: Y.Doc): Map<string, ExportedFile> {
  return new Map(listRoomFiles(doc).map((f) => [f.id, { path: f.path, kind: f.kind, size: f.size, refused: false }]));
}

function projectOf(n: number): Y.Doc {
  const doc = new Y.Doc();
  for (let i = 0; i < n; i++) createFile(doc, { path: `src/f${i}.ts`, text: `${i}`, id: `file-${i}` });
  createFile(doc, { path: "README.md", text: "hi", id: "file-readme" });
  return doc;
}

describe("planExport", () => {
  it("writes every file and reconciles when the room does not know what Postgres holds", () => {
    const doc = projectOf(3);
    const plan = planExport(listRoomFiles(doc), null, new Map([["file-1", 5]]));
    expect(plan.reconcile).toBe(true);
    expect(plan.upserts.map((u) => [u.id, u.changedAt]).sort()).toEqual([
      ["file-0", null],
      ["file-1", 5],
      ["file-2", null],
      ["file-readme", null],
    ]);
  });

  it("writes only the file that changed, with its change time", () => {
    const doc = projectOf(50);
    const exported = exportedAs(doc);
    const plan = planExport(listRoomFiles(doc), exported, new Map([["file-7", 42]]));
    expect(plan).toEqual({
      upserts: [expect.objectContaining({ id: "file-7", path: "src/f7.ts", changedAt: 42 })],
      removed: [],
      reconcile: false,
      invalid: [],
    });
  });

  it("writes every file under a moved folder (SPEC D6), and nothing else", () => {
    const doc = projectOf(3);
    const exported = exportedAs(doc);
    moveFolder(doc, "src", "lib");
    const plan = planExport(listRoomFiles(doc), exported, new Map());
    expect(plan.upserts.map((u) => u.path).sort()).toEqual(["lib/f0.ts", "lib/f1.ts", "lib/f2.ts"]);
    expect(plan.upserts.every((u) => u.changedAt === null)).toBe(true);
  });

  it("writes a file whose resolved path changed because a conflicting file went (SPEC D5)", () => {
    const doc = new Y.Doc();
    createFile(doc, { path: "a.txt", text: "one", id: "aaa" });
    // Two entries on one path, as concurrent edits leave them: the larger id is shown renamed.
    const entry = new Y.Map<unknown>();
    filesOf(doc).set("bbb", entry);
    entry.set("kind", "text");
    entry.set("text", new Y.Text("two"));
    entry.set("path", "a.txt");
    const exported = exportedAs(doc);
    expect(exported.get("bbb")?.path).toBe("a (conflict bbb).txt");
    filesOf(doc).delete("aaa");
    const plan = planExport(listRoomFiles(doc), exported, new Map());
    expect(plan.upserts).toEqual([expect.objectContaining({ id: "bbb", path: "a.txt" })]);
    expect(plan.removed).toEqual(["aaa"]);
  });

  it("removes the rows of deleted files", () => {
    const doc = projectOf(2);
    const exported = exportedAs(doc);
    filesOf(doc).delete("file-0");
    expect(planExport(listRoomFiles(doc), exported, new Map([["file-0", 1]]))).toMatchObject({
      upserts: [],
      removed: ["file-0"],
    });
  });

  it("leaves out a file whose path breaks SPEC D3, and names it only when it changed", () => {
    const files = [
      { id: "ok", path: "ok.txt", kind: "text" as const, size: 1 },
      { id: "bad", path: "bad\u0000.txt", kind: "text" as const, size: 1 },
    ];
    expect(planExport(files, null, new Map()).invalid).toEqual([]);
    const plan = planExport(files, null, new Map([["bad", 1]]));
    expect(plan.upserts.map((u) => u.id)).toEqual(["ok"]);
    expect(plan.invalid.map((f) => f.id)).toEqual(["bad"]);
  });

  it("does not retry a refused row until the file changes or moves", () => {
    const files = [{ id: "x", path: "x.txt", kind: "text" as const, size: 3 }];
    const refused = new Map([["x", { path: "x.txt", kind: "text" as const, size: 3, refused: true }]]);
    expect(planExport(files, refused, new Map()).upserts).toEqual([]);
    expect(planExport(files, refused, new Map([["x", 9]])).upserts).toHaveLength(1);
    expect(planExport([{ ...files[0]!, path: "y.txt" }], refused, new Map()).upserts).toHaveLength(1);
  });
});

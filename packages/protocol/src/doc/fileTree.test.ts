import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createFile,
  deleteFolder,
  findFile,
  listEntries,
  listTree,
  moveFolder,
  readText,
  renameFile,
  repairPathConflicts,
  resolvedPaths,
  textOf,
} from "./fileTree.ts";
import { validatePath } from "./validatePath.ts";

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function mustCreate(doc: Y.Doc, path: string, text = "", id?: string): string {
  const result = createFile(doc, { path, text, id });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe("the project document (SPEC.md)", () => {
  it("D1: keeps text files as Y.Text and blob files as references", () => {
    const doc = new Y.Doc();
    const text = mustCreate(doc, "src/app.ts", "export {}");
    const blob = createFile(doc, { path: "logo.png", blob: { hash: "ab".repeat(32), size: 10, mime: "image/png" } });
    expect(readText(doc, text)).toBe("export {}");
    expect(blob.ok && readText(doc, blob.value)).toBeUndefined();
    expect(
      listEntries(doc)
        .map((e) => e.kind)
        .sort(),
    ).toEqual(["blob", "text"]);
  });

  it("D2: keeps a collaborator's concurrent typing when the file is renamed", () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    const id = mustCreate(alice, "draft.md", "Hello");
    sync(alice, bob);
    expect(renameFile(alice, id, "docs/final.md").ok).toBe(true);
    textOf(bob, id)?.insert(5, ", world");
    sync(alice, bob);
    expect(findFile(alice, "docs/final.md")).toBe(id);
    expect(readText(alice, id)).toBe("Hello, world");
    expect(readText(bob, id)).toBe("Hello, world");
  });

  it("D3: refuses empty, absolute, dot-dot and reserved-character paths", () => {
    for (const bad of ["", "/etc/passwd", "a/../b", "./a", "a//b", "dir/", "a:b", "what?.ts", "tab\there"]) {
      expect(validatePath(bad), bad).not.toBeNull();
      expect(createFile(new Y.Doc(), { path: bad }).ok).toBe(false);
    }
    expect(validatePath("src/components/Button.tsx")).toBeNull();
    expect(validatePath("x".repeat(256))).toMatch(/255/);
  });

  it("D4: refuses to create or rename onto a taken path", () => {
    const doc = new Y.Doc();
    const a = mustCreate(doc, "a.ts");
    mustCreate(doc, "b.ts");
    expect(createFile(doc, { path: "a.ts" })).toMatchObject({ ok: false, error: expect.stringContaining("a.ts") });
    expect(renameFile(doc, a, "b.ts").ok).toBe(false);
  });

  it("D5: resolves two entries with one path the same way on every peer, losing neither", () => {
    const alice = new Y.Doc();
    const bob = new Y.Doc();
    mustCreate(alice, "src/index.ts", "alice's", "bbbbbbbbbbbbbbbb");
    mustCreate(bob, "src/index.ts", "bob's", "aaaaaaaaaaaaaaaa");
    sync(alice, bob);
    const expected = new Map([
      ["aaaaaaaaaaaaaaaa", "src/index.ts"],
      ["bbbbbbbbbbbbbbbb", "src/index (conflict bbbbbb).ts"],
    ]);
    expect(resolvedPaths(alice)).toEqual(expected);
    expect(resolvedPaths(bob)).toEqual(expected);
    expect(repairPathConflicts(alice)).toBe(1);
    sync(alice, bob);
    expect(resolvedPaths(bob)).toEqual(expected);
    expect(readText(bob, "bbbbbbbbbbbbbbbb")).toBe("alice's");
  });

  it("D6: moves and deletes whole folders in one transaction", () => {
    const doc = new Y.Doc();
    mustCreate(doc, "src/a.ts");
    mustCreate(doc, "src/lib/b.ts");
    mustCreate(doc, "srcx/c.ts");
    let transactions = 0;
    doc.on("afterTransaction", () => transactions++);
    expect(moveFolder(doc, "src", "app")).toEqual({ ok: true, value: 2 });
    expect(transactions).toBe(1);
    expect(
      listEntries(doc)
        .map((e) => e.path)
        .sort(),
    ).toEqual(["app/a.ts", "app/lib/b.ts", "srcx/c.ts"]);
    expect(moveFolder(doc, "app", "app/lib").ok).toBe(false);
    mustCreate(doc, "dest/a.ts");
    expect(moveFolder(doc, "app", "dest")).toMatchObject({ ok: false });
    expect(deleteFolder(doc, "app")).toBe(2);
    expect(
      listEntries(doc)
        .map((e) => e.path)
        .sort(),
    ).toEqual(["dest/a.ts", "srcx/c.ts"]);
  });

  it("D7: lists folders first, then files, sorted by name", () => {
    const doc = new Y.Doc();
    for (const path of ["b.ts", "A.ts", "src/z.ts", "src/lib/y.ts", "assets/logo.svg"]) mustCreate(doc, path);
    const names = (nodes: ReturnType<typeof listTree>): unknown[] =>
      nodes.map((n) => (n.type === "folder" ? { [n.name]: names(n.children) } : n.name));
    expect(names(listTree(doc))).toEqual([
      { assets: ["logo.svg"] },
      { src: [{ lib: ["y.ts"] }, "z.ts"] },
      "A.ts",
      "b.ts",
    ]);
  });
});

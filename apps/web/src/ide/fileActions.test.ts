import { createFile, listEntries } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createFileIn, folderPathIn, moveEntry, renameEntry } from "./fileActions.ts";

function project(...paths: string[]): { doc: Y.Doc; ids: Map<string, string> } {
  const doc = new Y.Doc();
  const ids = new Map<string, string>();
  for (const path of paths) {
    const created = createFile(doc, { path });
    if (created.ok) ids.set(path, created.value);
  }
  return { doc, ids };
}

const pathsOf = (doc: Y.Doc) =>
  listEntries(doc)
    .map((e) => e.path)
    .sort();

describe("explorer file actions", () => {
  it("creates a file in a folder, making folders on the way", () => {
    const { doc } = project();
    expect(createFileIn(doc, "src", "lib/util.ts").ok).toBe(true);
    expect(pathsOf(doc)).toEqual(["src/lib/util.ts"]);
  });

  it("creates a file or folder at the project's root for a name starting with /", () => {
    const { doc } = project();
    expect(createFileIn(doc, "src", "/x.ts").ok).toBe(true);
    expect(folderPathIn(doc, "src", "/docs")).toEqual({ ok: true, value: "docs" });
    expect(createFileIn(doc, "src", "/")).toEqual({ ok: false, error: "Type a name" });
    expect(pathsOf(doc)).toEqual(["x.ts"]);
  });

  it("refuses empty names, .. and reserved characters with a message", () => {
    const { doc } = project();
    expect(createFileIn(doc, "", "  ")).toEqual({ ok: false, error: "Type a name" });
    expect(createFileIn(doc, "src", "../x")).toMatchObject({ ok: false, error: expect.stringContaining("..") });
    expect(createFileIn(doc, "", "a:b")).toMatchObject({ ok: false, error: expect.stringContaining("not allowed") });
    expect(pathsOf(doc)).toEqual([]);
  });

  it("refuses a second file at a taken path", () => {
    const { doc } = project("a.ts");
    expect(createFileIn(doc, "", "a.ts")).toEqual({ ok: false, error: "A file already exists at a.ts" });
  });

  it("checks a new folder's name without creating anything", () => {
    const { doc } = project("a.ts");
    expect(folderPathIn(doc, "", "lib/")).toEqual({ ok: true, value: "lib" });
    expect(folderPathIn(doc, "", "a.ts").ok).toBe(false);
    expect(pathsOf(doc)).toEqual(["a.ts"]);
  });

  it("renames a file in place, keeping its id", () => {
    const { doc, ids } = project("src/a.ts");
    const id = ids.get("src/a.ts") ?? "";
    expect(renameEntry(doc, { path: "src/a.ts", fileId: id }, "b.ts")).toEqual({ ok: true, value: "src/b.ts" });
    expect(listEntries(doc)).toEqual([{ id, path: "src/b.ts", kind: "text" }]);
  });

  it("renames a folder with everything in it", () => {
    const { doc } = project("src/a.ts", "src/lib/b.ts", "c.ts");
    expect(renameEntry(doc, { path: "src", fileId: null }, "app").ok).toBe(true);
    expect(pathsOf(doc)).toEqual(["app/a.ts", "app/lib/b.ts", "c.ts"]);
  });

  it("moves files and folders into a folder, and refuses a folder into itself", () => {
    const { doc, ids } = project("a.ts", "lib/b.ts", "src/c.ts");
    expect(moveEntry(doc, { path: "a.ts", fileId: ids.get("a.ts") ?? "" }, "src").ok).toBe(true);
    expect(moveEntry(doc, { path: "lib", fileId: null }, "src").ok).toBe(true);
    expect(pathsOf(doc)).toEqual(["src/a.ts", "src/c.ts", "src/lib/b.ts"]);
    expect(moveEntry(doc, { path: "src", fileId: null }, "src/lib").ok).toBe(false);
  });
});

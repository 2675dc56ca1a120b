import { beforeEach, describe, expect, it } from "vitest";
import { useExplorerStore } from "./useExplorerStore.ts";

const explorer = () => useExplorerStore.getState();

describe("useExplorerStore", () => {
  beforeEach(() => explorer().reset());

  it("keeps each empty new folder once", () => {
    explorer().addDraftFolder("src");
    explorer().addDraftFolder("src");
    explorer().addDraftFolder("docs");
    expect(explorer().draftFolders).toEqual(["src", "docs"]);
  });

  it("starts fresh: nothing being named, no delete to confirm, no empty folders", () => {
    explorer().setEditing({ mode: "new-file", folder: "src" });
    explorer().setDeleting({ path: "a.txt", fileId: "f1" });
    explorer().addDraftFolder("src");
    explorer().reset();
    expect(explorer()).toMatchObject({ editing: null, deleting: null, draftFolders: [] });
  });

  it("wakes a subscriber that reads one row's rename only when that row's answer changes", () => {
    const seen: boolean[] = [];
    const renamingA = (s: ReturnType<typeof explorer>) => s.editing?.mode === "rename" && s.editing.path === "a";
    let last = renamingA(explorer());
    const off = useExplorerStore.subscribe((s) => {
      const now = renamingA(s);
      if (now !== last) seen.push((last = now));
    });
    explorer().setEditing({ mode: "rename", path: "b", fileId: "fb" });
    explorer().setEditing({ mode: "rename", path: "a", fileId: "fa" });
    explorer().setEditing(null);
    off();
    expect(seen).toEqual([true, false]);
  });
});

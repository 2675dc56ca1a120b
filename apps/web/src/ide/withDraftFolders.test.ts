import type { TreeNode } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { withDraftFolders } from "./withDraftFolders.ts";

const file = (path: string): TreeNode => ({
  type: "file",
  name: path.split("/").pop() ?? path,
  path,
  id: path,
  kind: "text",
});

describe("withDraftFolders", () => {
  it("adds empty folders, nested, before the files of their level", () => {
    const tree: TreeNode[] = [{ type: "folder", name: "src", path: "src", children: [file("src/a.ts")] }, file("b.ts")];
    const out = withDraftFolders(tree, ["lib", "src/util"]);
    expect(out.map((n) => n.path)).toEqual(["lib", "src", "b.ts"]);
    const src = out[1];
    expect(src?.type === "folder" && src.children.map((n) => n.path)).toEqual(["src/util", "src/a.ts"]);
  });

  it("leaves folders that already exist alone and does not change its input", () => {
    const tree: TreeNode[] = [{ type: "folder", name: "src", path: "src", children: [file("src/a.ts")] }];
    expect(withDraftFolders(tree, ["src"])).toEqual(tree);
    withDraftFolders(tree, ["src/x"]);
    expect(tree[0]?.type === "folder" && tree[0].children).toHaveLength(1);
  });
});

import type { TreeNode } from "@wove/protocol";

type Folder = Extract<TreeNode, { type: "folder" }>;

/** The tree with folders made in this tab that hold no file yet, folders first as listTree sorts. */
export function withDraftFolders(tree: TreeNode[], drafts: string[]): TreeNode[] {
  if (!drafts.length) return tree;
  const root: TreeNode[] = structuredClone(tree);
  for (const draft of drafts) {
    let level = root;
    let path = "";
    for (const name of draft.split("/")) {
      path = path ? `${path}/${name}` : name;
      let folder = level.find((n): n is Folder => n.type === "folder" && n.name === name);
      if (!folder) {
        folder = { type: "folder", name, path, children: [] };
        const firstFile = level.findIndex((n) => n.type === "file" || n.name.toLowerCase() > name.toLowerCase());
        level.splice(firstFile === -1 ? level.length : firstFile, 0, folder);
      }
      level = folder.children;
    }
  }
  return root;
}

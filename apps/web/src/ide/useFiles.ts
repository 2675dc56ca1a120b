import { filesOf, listTree, resolvedPaths, type FileKind, type TreeNode } from "@wove/protocol";
import { useCallback, useRef, useSyncExternalStore } from "react";
import * as Y from "yjs";

/** The project's files as the explorer, tabs and palettes see them. */
export interface FilesView {
  tree: TreeNode[];
  /** file id → resolved path */
  paths: Map<string, string>;
  /** resolved path → file id */
  ids: Map<string, string>;
  kinds: Map<string, FileKind>;
}

export function readFilesView(doc: Y.Doc): FilesView {
  const paths = resolvedPaths(doc);
  const kinds = new Map<string, FileKind>();
  for (const [id, entry] of filesOf(doc)) {
    const kind = entry.get("kind");
    if (kind === "text" || kind === "blob") kinds.set(id, kind);
  }
  return { tree: listTree(doc), paths, ids: new Map([...paths].map(([id, path]) => [path, id])), kinds };
}

/**
 * The files, re-read when an entry is added, removed, renamed or moved. Typing inside a
 * file changes only its Y.Text, which does not rebuild the tree.
 */
export function useFiles(doc: Y.Doc): FilesView {
  const cache = useRef<{ doc: Y.Doc; view: FilesView } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const handler = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
        if (events.every((event) => event.target instanceof Y.Text)) return;
        cache.current = null;
        onChange();
      };
      filesOf(doc).observeDeep(handler);
      return () => filesOf(doc).unobserveDeep(handler);
    },
    [doc],
  );
  const getSnapshot = () => {
    if (cache.current?.doc !== doc) cache.current = { doc, view: readFilesView(doc) };
    return cache.current.view;
  };
  return useSyncExternalStore(subscribe, getSnapshot);
}

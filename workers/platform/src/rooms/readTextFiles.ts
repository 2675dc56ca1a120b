import { readText, resolvedPaths } from "@wove/protocol";
import type * as Y from "yjs";

/** The text files at `paths`, in one pass over the tree; paths that are not text files are left out. */
export function readTextFiles(doc: Y.Doc, paths: readonly string[]): Array<{ path: string; text: string }> {
  const wanted = new Set(paths);
  const files: Array<{ path: string; text: string }> = [];
  for (const [id, path] of resolvedPaths(doc)) {
    const text = wanted.has(path) ? readText(doc, id) : undefined;
    if (text !== undefined) files.push({ path, text });
  }
  return files;
}

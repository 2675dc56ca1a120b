import { listEntries, resolvedPaths, textOf } from "@wove/protocol";
import type * as Y from "yjs";
import { blobOf } from "./blobOf.ts";
import type { RoomFile } from "./RoomFile.ts";

/** The document's files with their resolved paths and sizes, sorted by path. */
export function listRoomFiles(doc: Y.Doc): RoomFile[] {
  const paths = resolvedPaths(doc);
  return listEntries(doc)
    .map(({ id, kind }) => {
      const size = kind === "text" ? (textOf(doc, id)?.length ?? 0) : (blobOf(doc, id)?.size ?? 0);
      return { id, kind, path: paths.get(id) ?? "", size };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

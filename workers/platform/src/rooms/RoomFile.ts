import type { BlobRef, FileKind } from "@wove/protocol";

/** A file of a room's document as the Worker sees it (deploys, search, export). */
export interface RoomFile {
  id: string;
  path: string;
  kind: FileKind;
  /** Characters of a text file, bytes of a blob. */
  size: number;
}

/** A file in a deploy's snapshot: text inline, a blob by its hash. */
export interface RoomSnapshotFile {
  path: string;
  text?: string;
  blob?: BlobRef;
}

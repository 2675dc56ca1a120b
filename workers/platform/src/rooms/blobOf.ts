import { filesOf, type BlobRef } from "@wove/protocol";
import type * as Y from "yjs";

/** A blob file's pointer to its bytes in R2, or undefined for text files and unknown ids. */
export function blobOf(doc: Y.Doc, id: string): BlobRef | undefined {
  const blob = filesOf(doc).get(id)?.get("blob") as Partial<BlobRef> | undefined;
  if (!blob?.hash) return undefined;
  return { hash: blob.hash, size: blob.size ?? 0, mime: blob.mime ?? "application/octet-stream" };
}

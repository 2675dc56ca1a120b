import { filesOf, readText, resolvedPaths, type BlobRef } from "@wove/protocol";
import type * as Y from "yjs";
import type { PreviewFile } from "./toDataUrl.ts";

/**
 * The project's files as the preview builds them: texts from the document as they are
 * now, blobs' bytes fetched from the platform once per hash (content-addressed, so a
 * cached copy is never stale). A blob that cannot be fetched (offline, never seen) is
 * left out, and the page fails to load it as it would when missing.
 */
export async function readPreviewFiles(
  doc: Y.Doc,
  projectId: string,
  blobCache: Map<string, Promise<Uint8Array | null>>,
): Promise<Map<string, PreviewFile>> {
  const files = new Map<string, PreviewFile>();
  const waits: Promise<void>[] = [];
  for (const [id, path] of resolvedPaths(doc)) {
    const text = readText(doc, id);
    if (text !== undefined) {
      files.set(path, { text });
      continue;
    }
    const blob = filesOf(doc).get(id)?.get("blob") as BlobRef | undefined;
    if (!blob?.hash) continue;
    let bytes = blobCache.get(blob.hash);
    if (!bytes) {
      bytes = fetch(`/api/projects/${encodeURIComponent(projectId)}/blobs/${encodeURIComponent(blob.hash)}`)
        .then(async (res) => (res.ok ? new Uint8Array(await res.arrayBuffer()) : null))
        .catch(() => null);
      blobCache.set(blob.hash, bytes);
    }
    waits.push(
      bytes.then((value) => {
        if (value) files.set(path, { bytes: value, mime: blob.mime });
        else blobCache.delete(blob.hash);
      }),
    );
  }
  await Promise.all(waits);
  return files;
}

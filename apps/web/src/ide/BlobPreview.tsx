import { filesOf, type BlobRef } from "@wove/protocol";
import type * as Y from "yjs";
import { formatBytes } from "./uploadFiles.ts";

/** A binary file: images shown, anything else described with a download link. */
export function BlobPreview({
  doc,
  projectId,
  fileId,
  path,
}: {
  doc: Y.Doc;
  projectId: string;
  fileId: string;
  path: string;
}) {
  const blob = filesOf(doc).get(fileId)?.get("blob") as BlobRef | undefined;
  if (!blob) return <p className="editor-empty">This file has no content.</p>;
  const src = `/api/projects/${encodeURIComponent(projectId)}/blobs/${encodeURIComponent(blob.hash)}`;
  const name = path.slice(path.lastIndexOf("/") + 1);
  return (
    <figure className="blob-preview">
      {blob.mime.startsWith("image/") ? (
        <img src={src} alt={name} className="blob-preview__image" />
      ) : (
        <p className="muted">A binary file: it cannot be edited as text.</p>
      )}
      <figcaption>
        {name} · {blob.mime} · {formatBytes(blob.size)} ·{" "}
        <a href={src} download={name}>
          Download
        </a>
      </figcaption>
    </figure>
  );
}

import type { BlobRef } from "@wove/protocol";
import { networkError, toApiRequestError } from "../api/ApiRequestError.ts";

/** `PUT /api/projects/:id/blobs` with the file's bytes: answers where R2 keeps them. */
export async function uploadBlob(projectId: string, file: Blob): Promise<BlobRef> {
  let res: Response;
  try {
    res = await fetch(`/api/projects/${encodeURIComponent(projectId)}/blobs`, {
      method: "PUT",
      credentials: "same-origin",
      headers: { accept: "application/json", "content-type": "application/octet-stream" },
      body: file,
    });
  } catch {
    throw networkError(navigator.onLine);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) throw toApiRequestError(res.status, body, res.headers.get("retry-after"));
  return body as BlobRef;
}

import { projectBlobs } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { blobKey } from "../projects/blobKey.ts";
import { authorizeProject } from "../projects/projectAccess.ts";
import { sha256Hex } from "../projects/sha256Hex.ts";
import { sniffMime } from "../projects/sniffMime.ts";

/**
 * `PUT /api/projects/:id/blobs` (raw bytes): stores a binary file in R2 under its sha256,
 * once however many projects hold it. 201 when stored, 200 when the project already had it.
 */
export async function uploadBlob(c: Context<AppEnv>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.WriteBlob);
  // The route's body limit (MAX_BLOB_BYTES) already refused anything larger.
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength === 0) throw new ApiError(400, ApiErrorCode.ValidationFailed, "The file is empty");
  const hash = await sha256Hex(bytes);
  const mime = sniffMime(bytes);
  if (!(await c.env.BLOBS.head(blobKey(hash)))) {
    await c.env.BLOBS.put(blobKey(hash), bytes, { httpMetadata: { contentType: mime }, sha256: hash });
  }
  const inserted = await db
    .insert(projectBlobs)
    .values({ projectId: project.id, hash, size: bytes.byteLength, mime })
    .onConflictDoNothing()
    .returning();
  return c.json({ hash, size: bytes.byteLength, mime }, inserted.length ? 201 : 200);
}

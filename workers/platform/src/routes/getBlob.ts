import { projectBlobs } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { blobKey } from "../projects/blobKey.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/**
 * `GET /api/projects/:id/blobs/:hash`: streams a blob of this project. A hash held only by
 * another project is 404 here: knowing a hash grants nothing.
 */
export async function getBlob(c: Context<AppEnv>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.ReadBlob);
  const hash = c.req.param("hash") ?? "";
  const [row] = /^[0-9a-f]{64}$/.test(hash)
    ? await db
        .select()
        .from(projectBlobs)
        .where(and(eq(projectBlobs.projectId, project.id), eq(projectBlobs.hash, hash)))
    : [];
  if (!row) throw new ApiError(404, ApiErrorCode.NotFound, "No such file in this project");
  if (c.req.header("if-none-match") === `"${hash}"`) return c.body(null, 304);
  const object = await c.env.BLOBS.get(blobKey(hash));
  if (!object) throw new ApiError(404, ApiErrorCode.NotFound, "The file's bytes are missing from storage");
  return new Response(object.body, {
    headers: {
      "Content-Type": row.mime,
      "Content-Length": String(row.size),
      ETag: `"${hash}"`,
      // Content-addressed: the bytes behind a hash never change. Private: access is checked.
      "Cache-Control": "private, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      // An uploaded SVG or HTML-ish file must not run script on the platform's origin.
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    },
  });
}

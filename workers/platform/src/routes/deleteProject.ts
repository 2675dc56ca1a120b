import { projectBlobs, projects } from "@wove/db";
import { eq, inArray } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv } from "../AppEnv.ts";
import { logError } from "../log.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";
import { blobKey } from "../projects/blobKey.ts";

/**
 * `DELETE /api/projects/:id`: gone for everyone at once (soft delete), then its room's
 * storage and the blobs no other project references are purged after the response.
 */
export async function deleteProject(c: Context<AppEnv>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.DeleteProject);
  await db.update(projects).set({ deletedAt: new Date() }).where(eq(projects.id, project.id));
  c.executionCtx.waitUntil(
    purgeProject(c.env, db, project.id).catch((err: unknown) =>
      logError("project purge failed", err, { projectId: project.id }),
    ),
  );
  return c.body(null, 204);
}

async function purgeProject(env: Env, db: ReturnType<AppEnv["Variables"]["db"]>, projectId: string): Promise<void> {
  await env.ROOMS.getByName(projectId).purge();
  const hashes = (await db.delete(projectBlobs).where(eq(projectBlobs.projectId, projectId)).returning()).map(
    (b) => b.hash,
  );
  if (hashes.length === 0) return;
  // Bytes are shared by content: keep those another project still references.
  const kept = new Set(
    (await db.select({ hash: projectBlobs.hash }).from(projectBlobs).where(inArray(projectBlobs.hash, hashes))).map(
      (b) => b.hash,
    ),
  );
  const orphans = hashes.filter((hash) => !kept.has(hash));
  if (orphans.length) await env.BLOBS.delete(orphans.map(blobKey));
}

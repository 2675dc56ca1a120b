import { createDb, projectBlobs, projects, type Database } from "@wove/db";
import { eq, inArray } from "drizzle-orm";
import type { Context } from "hono";
import type { AppEnv, Bindings } from "../AppEnv.ts";
import { logError } from "../log.ts";
import { Action } from "../policy/can.ts";
import { blobKey } from "../projects/blobKey.ts";
import { authorizeProject } from "../projects/projectAccess.ts";
import { roomSnapshotKey } from "../rooms/exportRoom.ts";

/**
 * `DELETE /api/projects/:id`: gone for everyone at once (soft delete), then its site is
 * taken down (its name held for the owner), and its room's storage and the blobs no other
 * project references are purged, after the response.
 */
export async function deleteProject(c: Context<AppEnv>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.DeleteProject);
  await db.update(projects).set({ deletedAt: new Date() }).where(eq(projects.id, project.id));
  c.executionCtx.waitUntil(
    purgeProject(c.env, project.id).catch((err: unknown) =>
      logError("project purge failed", err, { projectId: project.id }),
    ),
  );
  return c.body(null, 204);
}

/** Runs after the response, so on its own pool: the request's closes once it is sent. */
async function purgeProject(env: Bindings, projectId: string): Promise<void> {
  const { db, pool } = createDb(env);
  try {
    // The site first: it is public, so it is what must stop soonest.
    await env.DEPLOYS.getByName(projectId).takeDown(projectId);
    await env.ROOMS.getByName(projectId).purge();
    await purgeBlobs(env, db, projectId);
    await env.BLOBS.delete(roomSnapshotKey(projectId));
  } finally {
    await pool.end();
  }
}

async function purgeBlobs(env: Bindings, db: Database, projectId: string): Promise<void> {
  const removed = await db.delete(projectBlobs).where(eq(projectBlobs.projectId, projectId)).returning();
  const hashes = removed.map((b) => b.hash);
  if (hashes.length === 0) return;
  // Bytes are shared by content: keep those another project still references.
  const stillUsed = await db
    .select({ hash: projectBlobs.hash })
    .from(projectBlobs)
    .where(inArray(projectBlobs.hash, hashes));
  const kept = new Set(stillUsed.map((b) => b.hash));
  const orphans = hashes.filter((hash) => !kept.has(hash));
  if (orphans.length) await env.BLOBS.delete(orphans.map(blobKey));
}

import { createDb, projectFiles, projects } from "@wove/db";
import { validatePath } from "@wove/protocol";
import { and, eq, isNull, notInArray, sql } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { logInfo } from "../log.ts";
import type { RoomFile } from "./RoomFile.ts";

/** R2 key of a room's latest exported snapshot (the whole document as one Yjs update). */
export const roomSnapshotKey = (projectId: string) => `rooms/${projectId}/snapshot.yjs`;

/**
 * Writes a room's state out of the Durable Object: its snapshot to R2, and its file list
 * (paths, kinds, sizes, when each changed) to Postgres, replacing what was there.
 * Answers false when the project is gone, so there is nothing to export to.
 *
 * A file whose path breaks SPEC D3 is left out of the list (a NUL would fail the whole
 * statement, and so every export after it): rooms refuse such paths now, but documents
 * from before hold them. It is logged in the window it changed, not on every export.
 */
export async function exportRoom(
  env: Bindings,
  input: { projectId: string; snapshot: Uint8Array; files: RoomFile[]; changes: Map<string, number> },
): Promise<boolean> {
  const { db, pool } = createDb(env);
  try {
    const [project] = await db
      .select({ id: projects.id })
      .from(projects)
      .where(and(eq(projects.id, input.projectId), isNull(projects.deletedAt)));
    if (!project) return false;
    await env.BLOBS.put(roomSnapshotKey(input.projectId), input.snapshot, {
      httpMetadata: { contentType: "application/octet-stream" },
    });
    const now = new Date();
    const files = input.files.filter((f) => validatePath(f.path) === null);
    const skipped = input.files.filter((f) => validatePath(f.path) !== null && input.changes.has(f.id));
    if (skipped.length) {
      logInfo("room export: left out files whose paths are invalid (SPEC D3)", {
        projectId: input.projectId,
        files: skipped.map((f) => ({ id: f.id, path: JSON.stringify(f.path.slice(0, 200)) })),
      });
    }
    const ids = files.map((f) => f.id);
    const latest = Math.max(0, ...input.changes.values());
    await db.transaction(async (tx) => {
      await tx
        .delete(projectFiles)
        .where(
          and(
            eq(projectFiles.projectId, input.projectId),
            ids.length ? notInArray(projectFiles.fileId, ids) : undefined,
          ),
        );
      for (const file of files) {
        const changedAt = input.changes.get(file.id);
        const updatedAt = changedAt ? new Date(changedAt) : now;
        await tx
          .insert(projectFiles)
          .values({
            projectId: input.projectId,
            fileId: file.id,
            path: file.path,
            kind: file.kind,
            size: file.size,
            updatedAt,
          })
          .onConflictDoUpdate({
            target: [projectFiles.projectId, projectFiles.fileId],
            // An unchanged file keeps the time it last changed.
            set: {
              path: file.path,
              kind: file.kind,
              size: file.size,
              updatedAt: changedAt ? updatedAt : sql`${projectFiles.updatedAt}`,
            },
          });
      }
      if (latest) {
        await tx
          .update(projects)
          .set({ updatedAt: sql`greatest(${projects.updatedAt}, ${new Date(latest).toISOString()}::timestamptz)` })
          .where(eq(projects.id, input.projectId));
      }
    });
    return true;
  } finally {
    await pool.end();
  }
}

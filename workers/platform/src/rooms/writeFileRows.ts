import { type Database, projectFiles, projects } from "@wove/db";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { ExportPlan } from "./planExport.ts";

// Postgres takes at most 65,535 parameters in one statement; a file row uses six.
const ROWS_PER_STATEMENT = 5_000;

export type FileRow = ExportPlan["upserts"][number];

/**
 * In one transaction: deletes the rows of `removed` files (one statement), writes `rows`
 * (one multi-row upsert, per `ROWS_PER_STATEMENT`), and moves the project's `updated_at` up
 * to `latest`. `now` is the export's own time, later than every change it carries: a row
 * that only moved is sent with it and keeps the change time it has, so `updated_at` says
 * when a file's content last changed, never when the room last exported.
 */
export async function writeFileRows(
  db: Database,
  input: { projectId: string; rows: FileRow[]; removed: string[]; latest: number; now: number },
): Promise<void> {
  const { projectId, rows, removed, latest, now } = input;
  await db.transaction(async (tx) => {
    for (const ids of chunks(removed, ROWS_PER_STATEMENT * 6)) {
      await tx
        .delete(projectFiles)
        .where(and(eq(projectFiles.projectId, projectId), inArray(projectFiles.fileId, ids)));
    }
    for (const batch of chunks(rows, ROWS_PER_STATEMENT)) {
      await tx
        .insert(projectFiles)
        .values(
          batch.map((f) => ({
            projectId,
            fileId: f.id,
            path: f.path,
            kind: f.kind,
            size: f.size,
            updatedAt: new Date(f.changedAt ?? now),
          })),
        )
        .onConflictDoUpdate({
          target: [projectFiles.projectId, projectFiles.fileId],
          set: {
            path: sql`excluded.path`,
            kind: sql`excluded.kind`,
            size: sql`excluded.size`,
            updatedAt: sql`case when excluded.updated_at = ${new Date(now).toISOString()}::timestamptz then ${projectFiles.updatedAt} else excluded.updated_at end`,
          },
        });
    }
    if (latest) {
      await tx
        .update(projects)
        .set({ updatedAt: sql`greatest(${projects.updatedAt}, ${new Date(latest).toISOString()}::timestamptz)` })
        .where(eq(projects.id, projectId));
    }
  });
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

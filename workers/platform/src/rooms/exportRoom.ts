import { createDb, type Database, projectFiles, projects } from "@wove/db";
import { and, eq, isNull } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import type { ExportPlan } from "./planExport.ts";
import { type FileRow, writeFileRows } from "./writeFileRows.ts";

/** R2 key of a room's latest exported snapshot (the whole document as one Yjs update). */
export const roomSnapshotKey = (projectId: string) => `rooms/${projectId}/snapshot.yjs`;

export type FilesExport =
  { ok: true; written: FileRow[]; refused: Array<{ file: FileRow; error: unknown }> } | { ok: false; error: unknown };

export type SnapshotExport = { ok: true } | { ok: false; error: unknown };

export type RoomExport =
  /** The project is gone: there is nothing to export to. */
  | { gone: true }
  /** Each part that was asked for, with how it went; null for a part not asked for. */
  | { gone: false; files: FilesExport | null; snapshot: SnapshotExport | null };

/**
 * Writes a room's state out of the Durable Object: the rows `plan` names to Postgres (see
 * writeFileRows) and, when given, its snapshot to R2. Failures are answered, never thrown,
 * so the room can keep what did not reach Postgres and say what went wrong.
 *
 * When the one upsert fails, each row is tried alone (a savepoint each), so one row
 * Postgres refuses cannot hold back every other file, export after export: the refused
 * rows are answered for the room to log and park. If no row goes through, the failure is
 * the database's, not a row's, and the whole export failed.
 */
export async function exportRoom(
  env: Bindings,
  input: { projectId: string; plan: ExportPlan | null; latest: number; snapshot: Uint8Array | null },
): Promise<RoomExport> {
  const { projectId, plan, snapshot } = input;
  const { db, pool } = createDb(env);
  try {
    let live: boolean;
    try {
      const [project] = await db
        .select({ id: projects.id })
        .from(projects)
        .where(and(eq(projects.id, projectId), isNull(projects.deletedAt)));
      live = !!project;
    } catch (err) {
      const error = databaseError(err);
      return { gone: false, files: plan && { ok: false, error }, snapshot: snapshot && { ok: false, error } };
    }
    if (!live) return { gone: true };
    return {
      gone: false,
      files: plan && (await exportFiles(db, { ...input, plan })),
      snapshot: snapshot && (await putSnapshot(env, projectId, snapshot)),
    };
  } finally {
    await pool.end();
  }
}

async function exportFiles(
  db: Database,
  input: { projectId: string; plan: ExportPlan; latest: number },
): Promise<FilesExport> {
  const { projectId, plan, latest } = input;
  const rows = plan.upserts;
  // Later than every change carried (see writeFileRows).
  const now = Math.max(Date.now(), latest + 1);
  try {
    const removed = plan.reconcile ? await rowsBeyond(db, projectId, rows) : plan.removed;
    try {
      await writeFileRows(db, { projectId, rows, removed, latest, now });
      return { ok: true, written: rows, refused: [] };
    } catch (error) {
      if (rows.length < 2) return { ok: false, error: databaseError(error) };
      return await exportRowByRow(db, { projectId, rows, removed, latest, now }, error);
    }
  } catch (error) {
    return { ok: false, error: databaseError(error) };
  }
}

async function exportRowByRow(
  db: Database,
  input: { projectId: string; rows: FileRow[]; removed: string[]; latest: number; now: number },
  batchError: unknown,
): Promise<FilesExport> {
  const { rows, ...rest } = input;
  const written: FileRow[] = [];
  const refused: Array<{ file: FileRow; error: unknown }> = [];
  try {
    await db.transaction(async (tx) => {
      await writeFileRows(tx, { ...rest, rows: [] });
      for (const file of rows) {
        try {
          // A nested transaction is a savepoint: a refused row rolls back alone.
          await writeFileRows(tx, { ...rest, rows: [file], removed: [], latest: 0 });
          written.push(file);
        } catch (error) {
          refused.push({ file, error: databaseError(error) });
        }
      }
      // Nothing went through: the database, not a row, is failing; keep it all for the retry.
      if (!written.length) throw batchError;
    });
  } catch (error) {
    return { ok: false, error: databaseError(error) };
  }
  return { ok: true, written, refused };
}

/** The project's rows of files not among `rows` (when the room does not know what Postgres holds). */
async function rowsBeyond(db: Database, projectId: string, rows: FileRow[]): Promise<string[]> {
  const keep = new Set(rows.map((r) => r.id));
  const existing = await db
    .select({ fileId: projectFiles.fileId })
    .from(projectFiles)
    .where(eq(projectFiles.projectId, projectId));
  return existing.map((r) => r.fileId).filter((id) => !keep.has(id));
}

async function putSnapshot(env: Bindings, projectId: string, snapshot: Uint8Array): Promise<SnapshotExport> {
  try {
    await env.BLOBS.put(roomSnapshotKey(projectId), snapshot, {
      httpMetadata: { contentType: "application/octet-stream" },
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/**
 * What Postgres said: drizzle wraps it in an error whose message quotes the statement and
 * every parameter, thousands of them for a large upsert, too much for a log line.
 */
function databaseError(error: unknown): unknown {
  return error instanceof Error && error.cause instanceof Error ? error.cause : error;
}

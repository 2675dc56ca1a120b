import { Outbox } from "../Outbox.ts";
import type { ExportedFile } from "./planExport.ts";

/**
 * A room's durable document: an append-only log of updates plus a snapshot, in the
 * Durable Object's SQLite.
 *
 *   updates(seq, data)              every accepted update, appended before it is broadcast
 *   snapshot(generation, idx, data) the document as one update, in chunks
 *   room_meta(key, value)           'snapshot_generation', 'project_id', 'created_at',
 *                                   'access_version' (see accessVersion), and the export's
 *                                   'exported_files' (set once the table below is complete),
 *                                   'snapshot_dirty_since', 'snapshot_at' (see ExportWindow)
 *   file_outbox(seq, key, body, at) files changed since the last export (key = file id; see Outbox)
 *   exported_files(file_id, ...)    each file's row as the last export wrote it to Postgres
 *
 * Loading is snapshot + the log after it. Compaction writes a new snapshot generation and
 * drops the old one and the log it covers in one transaction, so a crash at any point
 * leaves either the old state or the new one, never less.
 */

// A SQLite row holds at most 2 MB, so snapshots are written in 1 MiB chunks.
export const SNAPSHOT_CHUNK_BYTES = 1 << 20;
/** Compact once the log passes either threshold. */
export const COMPACT_AFTER_UPDATES = 500;
export const COMPACT_AFTER_BYTES = 1 << 20;

/** A file changed since the last export: its id is the entry's key, its time the entry's. */
export type FileChange = null;

export class RoomStorage {
  #logCount = 0;
  #logBytes = 0;
  #snapshotBytes = 0;
  #compactionQueued = false;

  /** The runtime prepares each distinct query once and keeps it, keyed by its text. */
  readonly #sql: SqlStorage;
  /** Files changed since the last export; an entry per file, its time the latest stored. */
  readonly changes: Outbox<FileChange>;
  /** A copy of exported_files, read once. */
  #exported: Map<string, ExportedFile> | null | undefined;

  constructor(private readonly storage: DurableObjectStorage) {
    const sql = (this.#sql = storage.sql);
    sql.exec("CREATE TABLE IF NOT EXISTS room_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    sql.exec("CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, data BLOB NOT NULL)");
    sql.exec(
      "CREATE TABLE IF NOT EXISTS snapshot (generation INTEGER NOT NULL, idx INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (generation, idx))",
    );
    this.changes = new Outbox<FileChange>(sql, "file_outbox");
    sql.exec(
      "CREATE TABLE IF NOT EXISTS exported_files (file_id TEXT PRIMARY KEY, path TEXT NOT NULL, kind TEXT NOT NULL, size INTEGER NOT NULL, refused INTEGER NOT NULL)",
    );
    this.#adoptFileChanges();
  }

  /** Rooms from before the outbox kept their changed files in file_changes: they move over once. */
  #adoptFileChanges(): void {
    const sql = this.#sql;
    const legacy = sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'file_changes'").toArray();
    if (!legacy.length) return;
    this.storage.transactionSync(() => {
      for (const row of sql.exec<{ file_id: string; changed_at: number }>(
        "SELECT file_id, changed_at FROM file_changes",
      )) {
        this.changes.add(null, row.changed_at, row.file_id);
      }
      sql.exec("DROP TABLE file_changes");
    });
  }

  /** Everything needed to rebuild the document, oldest first: snapshot, then the log. */
  load(): Uint8Array[] {
    const sql = this.#sql;
    const generation = this.#generation();
    const chunks = sql
      .exec<{ data: ArrayBuffer }>("SELECT data FROM snapshot WHERE generation = ? ORDER BY idx", generation)
      .toArray()
      .map((row) => new Uint8Array(row.data));
    const updates = sql
      .exec<{ data: ArrayBuffer }>("SELECT data FROM updates ORDER BY seq")
      .toArray()
      .map((row) => new Uint8Array(row.data));
    this.#snapshotBytes = chunks.reduce((n, c) => n + c.byteLength, 0);
    this.#logCount = updates.length;
    this.#logBytes = updates.reduce((n, u) => n + u.byteLength, 0);
    return chunks.length ? [join(chunks), ...updates] : updates;
  }

  append(update: Uint8Array): void {
    this.#sql.exec("INSERT INTO updates (data) VALUES (?)", update);
    this.#logCount++;
    this.#logBytes += update.byteLength;
  }

  /** Roughly how large the stored document is: the snapshot plus the log. */
  get storedBytes(): number {
    return this.#snapshotBytes + this.#logBytes;
  }

  get needsCompaction(): boolean {
    return this.#logCount >= COMPACT_AFTER_UPDATES || this.#logBytes >= COMPACT_AFTER_BYTES;
  }

  /**
   * Compacts into `state()` once the log needs it, in a task of its own: its snapshot write
   * is then a transaction of its own, so the update that crossed the threshold is broadcast
   * once its append commits, not after the snapshot. A failure is handed to `failed`; the
   * log still holds every update, and the next threshold tries again.
   */
  compactSoon(state: () => Uint8Array, failed: (err: unknown) => void): void {
    if (!this.needsCompaction || this.#compactionQueued) return;
    this.#compactionQueued = true;
    setTimeout(() => {
      this.#compactionQueued = false;
      try {
        if (this.needsCompaction) this.compact(state());
      } catch (err) {
        failed(err);
      }
    }, 0);
  }

  /** Replaces snapshot + log with `state` (the whole document as one update). */
  compact(state: Uint8Array): void {
    const sql = this.#sql;
    this.storage.transactionSync(() => {
      const previous = this.#generation();
      const next = previous + 1;
      for (let i = 0, idx = 0; i < state.byteLength || idx === 0; i += SNAPSHOT_CHUNK_BYTES, idx++) {
        sql.exec(
          "INSERT INTO snapshot (generation, idx, data) VALUES (?, ?, ?)",
          next,
          idx,
          state.subarray(i, i + SNAPSHOT_CHUNK_BYTES),
        );
      }
      sql.exec("DELETE FROM snapshot WHERE generation = ?", previous);
      sql.exec("DELETE FROM updates");
      sql.exec("INSERT OR REPLACE INTO room_meta (key, value) VALUES ('snapshot_generation', ?)", String(next));
    });
    this.#snapshotBytes = state.byteLength;
    this.#logCount = 0;
    this.#logBytes = 0;
  }

  markChanged(fileIds: Iterable<string>, at: number): void {
    for (const id of fileIds) this.changes.add(null, at, id);
  }

  /**
   * Each file's row as the last export wrote it (or as Postgres refused it); null when the
   * room does not know, having never finished an export that wrote them all.
   */
  exportedFiles(): ReadonlyMap<string, ExportedFile> | null {
    if (this.#exported !== undefined) return this.#exported;
    if (!this.getMeta("exported_files")) return (this.#exported = null);
    const rows = this.#sql
      .exec<{ file_id: string; path: string; kind: string; size: number; refused: number }>(
        "SELECT file_id, path, kind, size, refused FROM exported_files",
      )
      .toArray();
    return (this.#exported = new Map(
      rows.map((r) => [
        r.file_id,
        { path: r.path, kind: r.kind as ExportedFile["kind"], size: r.size, refused: r.refused === 1 },
      ]),
    ));
  }

  /** What an export wrote: `rows` as they now read in Postgres (or as it refused them), `removed` gone. */
  recordExport(rows: Array<{ id: string } & ExportedFile>, removed: string[], complete: boolean): void {
    const sql = this.#sql;
    this.storage.transactionSync(() => {
      if (complete) sql.exec("DELETE FROM exported_files");
      for (const id of removed) sql.exec("DELETE FROM exported_files WHERE file_id = ?", id);
      for (const r of rows) {
        sql.exec(
          "INSERT OR REPLACE INTO exported_files (file_id, path, kind, size, refused) VALUES (?, ?, ?, ?, ?)",
          r.id,
          r.path,
          r.kind,
          r.size,
          r.refused ? 1 : 0,
        );
      }
      if (complete) this.setMeta("exported_files", "complete");
    });
    this.#exported = undefined;
  }

  setMeta(key: string, value: string): void {
    this.#sql.exec("INSERT OR REPLACE INTO room_meta (key, value) VALUES (?, ?)", key, value);
  }

  deleteMeta(key: string): void {
    this.#sql.exec("DELETE FROM room_meta WHERE key = ?", key);
  }

  getMeta(key: string): string | undefined {
    return this.#sql.exec<{ value: string }>("SELECT value FROM room_meta WHERE key = ?", key).toArray()[0]?.value;
  }

  /** Sets `key` unless it is already set; answers the stored value. */
  setMetaOnce(key: string, value: string): string {
    this.#sql.exec("INSERT OR IGNORE INTO room_meta (key, value) VALUES (?, ?)", key, value);
    return this.getMeta(key) ?? value;
  }

  /** The newest access version the room knows; 0 when it has never been told. */
  readAccessVersion(): number {
    return Number(this.getMeta("access_version") ?? 0);
  }

  writeAccessVersion(version: number): void {
    this.setMeta("access_version", String(version));
  }

  #generation(): number {
    return Number(this.getMeta("snapshot_generation") ?? 0);
  }
}

function join(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

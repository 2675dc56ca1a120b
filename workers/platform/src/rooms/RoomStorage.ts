/**
 * A room's durable document: an append-only log of updates plus a snapshot, in the
 * Durable Object's SQLite.
 *
 *   updates(seq, data)              every accepted update, appended before it is broadcast
 *   snapshot(generation, idx, data) the document as one update, in chunks
 *   room_meta(key, value)           'snapshot_generation', 'project_id', 'created_at',
 *                                   'access_version' (see accessVersion)
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

export class RoomStorage {
  #logCount = 0;
  #logBytes = 0;
  #snapshotBytes = 0;

  /** The runtime prepares each distinct query once and keeps it, keyed by its text. */
  readonly #sql: SqlStorage;

  constructor(private readonly storage: DurableObjectStorage) {
    const sql = (this.#sql = storage.sql);
    sql.exec("CREATE TABLE IF NOT EXISTS room_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    sql.exec("CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, data BLOB NOT NULL)");
    sql.exec(
      "CREATE TABLE IF NOT EXISTS snapshot (generation INTEGER NOT NULL, idx INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (generation, idx))",
    );
    // Files changed since the last export, with when (ms since the epoch).
    sql.exec("CREATE TABLE IF NOT EXISTS file_changes (file_id TEXT PRIMARY KEY, changed_at INTEGER NOT NULL)");
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
    for (const id of fileIds) {
      this.#sql.exec("INSERT OR REPLACE INTO file_changes (file_id, changed_at) VALUES (?, ?)", id, at);
    }
  }

  /** Files changed since the last export, and when each last changed. */
  changedFiles(): Map<string, number> {
    const rows = this.#sql
      .exec<{ file_id: string; changed_at: number }>("SELECT file_id, changed_at FROM file_changes")
      .toArray();
    return new Map(rows.map((r) => [r.file_id, r.changed_at]));
  }

  /** Forgets changes up to `upTo` (those an export just wrote); later ones stay. */
  clearChanges(upTo: number): void {
    this.#sql.exec("DELETE FROM file_changes WHERE changed_at <= ?", upTo);
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
    this.#sql.exec("INSERT OR REPLACE INTO room_meta (key, value) VALUES ('access_version', ?)", String(version));
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

import { retryDelay } from "./retryDelay.ts";

/** One waiting entry: `seq` orders them; a keyed entry stands for the latest of its key. */
export interface OutboxEntry<T> {
  seq: number;
  key: string | null;
  body: T;
  /** When it was added (ms since the epoch). */
  at: number;
}

export type FlushResult = { ok: true; written: number } | { ok: false; error: unknown; retryAt: number };

/**
 * Write to the Durable Object's SQLite now, flush to Postgres later in an alarm: the
 * pattern of the room's export and the AI meter's usage rows.
 *
 *   <table>(seq, key, body, at)   seq orders entries; key, when set, is unique
 *
 * An entry is added in the same synchronous step as the change it records, so an evicted
 * object still knows what it owes. A keyed entry replaces the waiting one with that key
 * and takes a new seq: a flush that read the old one acks up to its own seq only, so a
 * change that lands while it writes stays for the next flush. A failed flush acks
 * nothing; `flush` answers when to try again (backing off), for the caller's alarm,
 * rather than throwing, because the runtime gives up on an alarm after a few retries
 * and the object may share its one alarm with other deadlines.
 */
export class Outbox<T> {
  readonly #sql: SqlStorage;
  readonly #table: string;
  /** Failed flushes in a row, for the back-off; eviction resets it, which only retries sooner. */
  #failures = 0;

  constructor(sql: SqlStorage, table: string) {
    if (!/^[a-z_]+$/.test(table)) throw new Error(`outbox table name ${JSON.stringify(table)} must be [a-z_]+`);
    this.#sql = sql;
    this.#table = table;
    sql.exec(
      `CREATE TABLE IF NOT EXISTS ${table} (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT UNIQUE, body TEXT NOT NULL, at INTEGER NOT NULL)`,
    );
  }

  add(body: T, at: number, key: string | null = null): void {
    this.#sql.exec(
      `INSERT OR REPLACE INTO ${this.#table} (key, body, at) VALUES (?, ?, ?)`,
      key,
      JSON.stringify(body),
      at,
    );
  }

  /** The waiting entries, oldest first (at most `limit`; -1 for all). */
  waiting(limit = -1): OutboxEntry<T>[] {
    return this.#sql
      .exec<{ seq: number; key: string | null; body: string; at: number }>(
        `SELECT seq, key, body, at FROM ${this.#table} ORDER BY seq LIMIT ?`,
        limit,
      )
      .toArray()
      .map((row) => ({ ...row, body: JSON.parse(row.body) as T }));
  }

  /** When the oldest waiting entry was added; null when nothing waits. */
  oldestAt(): number | null {
    const row = this.#sql.exec<{ at: number | null }>(`SELECT min(at) AS at FROM ${this.#table}`).one();
    return row.at ?? null;
  }

  /** Forgets the entries up to `seq` (those a flush just wrote). */
  ack(seq: number): void {
    this.#sql.exec(`DELETE FROM ${this.#table} WHERE seq <= ?`, seq);
  }

  /**
   * Hands the waiting entries to `write`, `batch` at a time, acking each batch it writes.
   * A batch `write` throws on stays, with everything after it.
   */
  async flush(write: (entries: OutboxEntry<T>[]) => Promise<void>, batch = -1): Promise<FlushResult> {
    let written = 0;
    try {
      for (let entries = this.waiting(batch); entries.length > 0; entries = this.waiting(batch)) {
        await write(entries);
        this.ack(entries.at(-1)!.seq);
        written += entries.length;
        if (batch < 0) break;
      }
    } catch (error) {
      this.#failures++;
      return { ok: false, error, retryAt: Date.now() + retryDelay(this.#failures) };
    }
    this.#failures = 0;
    return { ok: true, written };
  }
}

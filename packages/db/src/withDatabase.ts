import { createDb, type Database, type DbConfig } from "./createDb.ts";

/**
 * Runs `work` on a pool of its own and closes the pool after, for work that is not a request's
 * (a Durable Object's, or what runs after the response): a Worker's sockets cannot outlive what
 * opened them. A failure to close is not reported; the work's own failure is.
 */
export async function withDatabase<T>(config: DbConfig, work: (db: Database) => Promise<T>): Promise<T> {
  const { db, pool } = createDb(config);
  try {
    return await work(db);
  } finally {
    await pool.end().catch(() => undefined);
  }
}

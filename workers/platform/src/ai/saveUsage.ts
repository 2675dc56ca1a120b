import { aiUsage, createDb } from "@wove/db";
import type { Bindings } from "../AppEnv.ts";
import type { UsageRow } from "./meteredCompletion.ts";

/**
 * Inserts usage rows over a pool of its own: the request's pool is closed when the handler
 * returns, which for a streamed answer is before the answer (and its usage) is complete.
 */
export async function saveUsage(env: Bindings, rows: UsageRow[]): Promise<void> {
  const { db, pool } = createDb(env);
  try {
    await db.insert(aiUsage).values(rows);
  } finally {
    await pool.end().catch(() => undefined);
  }
}

import { fileURLToPath } from "node:url";
import { neonConfig } from "@neondatabase/serverless";
import { migrate as runMigrations } from "drizzle-orm/neon-serverless/migrator";
import { WebSocket } from "ws";
import { createDb, type DbConfig } from "../createDb.ts";
import { instance } from "../schema.ts";

/** The append-only SQL that drizzle-kit generates from `schema.ts`. */
export const migrationsFolder = fileURLToPath(new URL("../../../../migrations", import.meta.url));

/**
 * Applies pending migrations through the same driver the Worker uses, then makes sure
 * the instance row exists. Safe to run on every start: applied migrations are skipped.
 * Returns the instance id.
 */
export async function migrate(config: DbConfig): Promise<string> {
  // Node's global WebSocket would do, but `ws` reports connection errors with a cause.
  neonConfig.webSocketConstructor = WebSocket;
  const { db, pool } = createDb(config);
  try {
    await runMigrations(db, { migrationsFolder });
    await db.insert(instance).values({}).onConflictDoNothing();
    const [row] = await db.select({ id: instance.id }).from(instance);
    if (!row) throw new Error("instance row missing after migration");
    return row.id;
  } finally {
    await pool.end();
  }
}

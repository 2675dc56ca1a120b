/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL (Neon or any Postgres),
 * or to the embedded database in WOVE_DATA_DIR when DATABASE_URL is unset. `npm start`
 * does this on every start; run it by hand before deploying to production.
 */
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { acquireDataLock } from "./lib/acquireDataLock.ts";
import { startDatabase } from "./lib/startDatabase.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const url = process.env.DATABASE_URL || undefined;
const dataDir = resolve(process.env.WOVE_DATA_DIR ?? join(root, ".data"));

// The embedded database belongs to one process at a time.
const release = url ? () => undefined : (await acquireDataLock(dataDir)).release;
try {
  const db = await startDatabase({ url, dataDir: join(dataDir, "postgres") });
  await db.stop();
  console.log(`Migrated ${url ? "DATABASE_URL" : `the embedded database in ${dataDir}`} (instance ${db.instanceId}).`);
} catch (err) {
  console.error(`Migration failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  release();
}

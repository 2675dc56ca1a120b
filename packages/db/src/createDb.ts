import { Pool, neonConfig } from "@neondatabase/serverless";
import { drizzle, type NeonDatabase } from "drizzle-orm/neon-serverless";
/**
 * Drizzle without its relational query API (`db.query.*`), which nothing here uses: given the
 * schema, drizzle() derives the relations of every table on each call, CPU spent on
 * every request that opened a pool. Queries name their tables; better-auth's adapter gets
 * its tables in its own config.
 */
export type Database = NeonDatabase;

export interface DbConfig {
  /** postgres://… for Neon, a real Postgres, or the embedded PGlite server. */
  DATABASE_URL?: string;
  /**
   * host:port of a WebSocket-to-TCP bridge standing in for Neon's proxy. Set for the
   * embedded database and for plain Postgres; unset for Neon.
   */
  NEON_WS_PROXY?: string;
}

export class DbConfigError extends Error {
  override name = "DbConfigError";
}

/**
 * Opens a pool over the Neon serverless driver. In a Worker, a pool's sockets belong to
 * the request that opened them, so open one per request and `end()` it when done.
 */
export function createDb(config: DbConfig): { db: Database; pool: Pool } {
  if (!config.DATABASE_URL) {
    throw new DbConfigError(
      "DATABASE_URL is not set: set it to a Postgres or Neon URL, or run `npm start` to use the embedded database",
    );
  }
  useProxy(config.NEON_WS_PROXY);
  // One connection is plenty for a request; transactions need the pool, not raw HTTP.
  const pool = new Pool({ connectionString: config.DATABASE_URL, max: 1 });
  // An idle connection can drop (a Worker's socket ends with its request); without a
  // listener the pool would throw that as an unhandled error. The next query reconnects
  // or reports it.
  pool.on("error", () => undefined);
  return { db: drizzle({ client: pool }), pool };
}

// neonConfig's proxy settings are global to the driver; every caller in one isolate
// passes the same value, so setting it per call is idempotent.
function useProxy(proxy: string | undefined): void {
  if (!proxy) return;
  neonConfig.wsProxy = (host, port) => `${proxy}/v2?address=${host}:${port}`;
  // The bridge is plain ws:// on loopback and speaks cleartext Postgres behind it.
  neonConfig.useSecureWebSocket = false;
  neonConfig.forceDisablePgSSL = true;
  // Pipelining assumes cleartext password auth, which PGlite's server does not offer.
  neonConfig.pipelineConnect = false;
}

/**
 * Where the database the Worker talks to will be, known before it starts (so the launcher
 * starts the Worker meanwhile). No imports: the launcher loads this at once and the
 * database's own modules (PGlite, drizzle: seconds on a busy machine) while wrangler starts.
 */

/** Loopback ports for the embedded database's server and the WebSocket bridge. */
export interface DatabasePorts {
  postgres: number;
  bridge: number;
}

const LOOPBACK = "127.0.0.1";

/**
 * What the Worker gets as DATABASE_URL and NEON_WS_PROXY once `startDatabase` runs with
 * `url` on `ports`: the embedded database (no `url`) or any Postgres through the bridge;
 * Neon through its own proxy.
 */
export function databaseAddresses(url: string | undefined, ports: DatabasePorts): { url: string; wsProxy: string } {
  if (!url) return { url: embeddedPostgresUrl(LOOPBACK, ports.postgres), wsProxy: `${LOOPBACK}:${ports.bridge}` };
  return { url, wsProxy: isNeon(url) ? "" : `${LOOPBACK}:${ports.bridge}` };
}

/** The URL a client of the embedded database uses (PGlite takes any user and password). */
export function embeddedPostgresUrl(host: string, port: number): string {
  return `postgres://postgres:postgres@${host}:${port}/postgres`;
}

export function isNeon(url: string): boolean {
  return /\.neon\.(tech|build)$/.test(new URL(url).hostname);
}

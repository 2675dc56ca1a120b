/**
 * Where the database the Worker talks to will be, known before it starts (so the launcher
 * starts the Worker meanwhile). Nothing heavy imported: the launcher loads this at once and
 * the database's own modules (PGlite, drizzle: seconds on a busy machine) while wrangler starts.
 */
import { randomBytes } from "node:crypto";

/** Loopback ports for the embedded database's server and the WebSocket bridge. */
export interface DatabasePorts {
  postgres: number;
  bridge: number;
}

const LOOPBACK = "127.0.0.1";

/**
 * What the Worker gets as DATABASE_URL and NEON_WS_PROXY once `startDatabase` runs with
 * `url` on `ports` (and the embedded database's `password`): the embedded database (no `url`) or any Postgres through the bridge;
 * Neon through its own proxy.
 */
export function databaseAddresses(
  url: string | undefined,
  ports: DatabasePorts,
  password: string,
): { url: string; wsProxy: string } {
  if (!url) {
    return { url: embeddedPostgresUrl(LOOPBACK, ports.postgres, password), wsProxy: `${LOOPBACK}:${ports.bridge}` };
  }
  return { url, wsProxy: isNeon(url) ? "" : `${LOOPBACK}:${ports.bridge}` };
}

/** The URL a client of the embedded database uses: any user name, this start's password. */
export function embeddedPostgresUrl(host: string, port: number, password: string): string {
  return `postgres://postgres:${encodeURIComponent(password)}@${host}:${port}/postgres`;
}

export function isNeon(url: string): boolean {
  return /\.neon\.(tech|build)$/.test(new URL(url).hostname);
}

/**
 * A password for one start of the embedded database, which refuses clients without it
 * (servePglite.ts). URL-safe, so it sits in DATABASE_URL as it is.
 */
export function newDatabasePassword(): string {
  return randomBytes(24).toString("base64url");
}

import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { embeddedPostgresUrl, newDatabasePassword } from "./databaseAddresses.ts";
import { servePglite } from "./servePglite.ts";

export interface EmbeddedPostgres {
  /** postgres://… URL of the wire-protocol server on loopback. */
  url: string;
  host: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves PGlite over the Postgres wire protocol on 127.0.0.1. With a `dataDir` the
 * database persists there between runs; without one it lives in memory (tests). Clients
 * need `password` (a new random one when not given), which `url` carries.
 */
export async function startEmbeddedPostgres(
  options: {
    dataDir?: string;
    port?: number;
    password?: string;
    holdTimeoutMs?: number;
    /** Runs just before the server binds `port` (the launcher's hold on it lets go; see holdPort). */
    beforeListen?: () => Promise<void>;
  } = {},
): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const password = options.password ?? newDatabasePassword();
  const db = await PGlite.create(options.dataDir ?? "memory://");
  const host = "127.0.0.1";
  await options.beforeListen?.();
  const server = await servePglite(db, {
    host,
    port: options.port ?? 0,
    password,
    holdTimeoutMs: options.holdTimeoutMs,
  });
  return {
    url: embeddedPostgresUrl(host, server.port, password),
    host,
    port: server.port,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

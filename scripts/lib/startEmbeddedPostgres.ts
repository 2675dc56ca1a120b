import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  /** postgres://… URL of the wire-protocol server on loopback. */
  url: string;
  host: string;
  port: number;
  stop(): Promise<void>;
}

// PGlite is one Postgres session; the socket server multiplexes clients onto it and
// keeps a transaction's statements together. Each Worker request holds at most one
// connection, and a burst of requests (a hundred clients joining a room at once) must
// queue, not fail: connections are cheap here, queries run one at a time anyway.
const MAX_CONNECTIONS = 1_000;

/**
 * Serves PGlite over the Postgres wire protocol on 127.0.0.1. With a `dataDir` the
 * database persists there between runs; without one it lives in memory (tests).
 */
export async function startEmbeddedPostgres(
  options: { dataDir?: string; port?: number } = {},
): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? "memory://");
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: MAX_CONNECTIONS,
    debug: process.env.WOVE_PGLITE_DEBUG === "1",
  });
  await server.start();
  const [host = "127.0.0.1", portText = ""] = server.getServerConn().split(":");
  const port = Number(portText);
  return {
    url: `postgres://postgres:postgres@${host}:${port}/postgres`,
    host,
    port,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

import { migrate } from "@wove/db/node";
import { isNeon, type DatabasePorts } from "./databaseAddresses.ts";
import { startEmbeddedPostgres } from "./startEmbeddedPostgres.ts";
import { startWsBridge } from "./startWsBridge.ts";

export interface Database {
  /** What the Worker gets as DATABASE_URL. */
  url: string;
  /** What the Worker gets as NEON_WS_PROXY: empty for Neon, the bridge otherwise. */
  wsProxy: string;
  /** Whether this is the embedded PGlite database. */
  embedded: boolean;
  instanceId: string;
  stop(): Promise<void>;
}

/**
 * Brings up the database the Worker talks to and migrates it:
 * - `url` unset: embedded PGlite (persisted in `dataDir`, in memory without one) behind
 *   a WebSocket bridge;
 * - a Neon URL: used as is, through Neon's own WebSocket proxy;
 * - any other Postgres URL: used through a bridge, since the Worker speaks WebSocket.
 * Without `ports`, the servers take any free ones; without `password`, the embedded
 * database gets a new one (it is in `url` either way).
 */
export async function startDatabase(options: {
  url?: string;
  dataDir?: string;
  ports?: DatabasePorts;
  password?: string;
  /** Runs just before the server of `which` port binds it (the launcher holds the ports; see holdPort). */
  beforeListen?: (which: keyof DatabasePorts) => Promise<void>;
}): Promise<Database> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const fn of stops.reverse()) await fn();
  };
  try {
    let url = options.url;
    let target: { host: string; port: number } | undefined;
    if (!url) {
      const pg = await startEmbeddedPostgres({
        dataDir: options.dataDir,
        port: options.ports?.postgres,
        password: options.password,
        beforeListen: () => options.beforeListen?.("postgres") ?? Promise.resolve(),
      });
      stops.push(pg.stop);
      url = pg.url;
      target = pg;
    } else if (!isNeon(url)) {
      const parsed = new URL(url);
      target = { host: parsed.hostname, port: Number(parsed.port || 5432) };
    }
    let wsProxy = "";
    if (target) {
      const bridge = await startWsBridge({
        target,
        port: options.ports?.bridge,
        beforeListen: () => options.beforeListen?.("bridge") ?? Promise.resolve(),
      });
      stops.push(bridge.stop);
      wsProxy = bridge.address;
    }
    const instanceId = await migrate({ DATABASE_URL: url, NEON_WS_PROXY: wsProxy });
    return { url, wsProxy, embedded: !options.url, instanceId, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

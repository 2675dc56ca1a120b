import type { RoomServer } from "./RoomServer.ts";
import { startFixtureWorker } from "./startFixtureWorker.ts";

export interface RelayServerOptions {
  /** Append each update to the Durable Object's SQLite before sending it on. */
  appendToSqlite: boolean;
}

/**
 * The rooms benchmark's floor (fixtures/relayWorker.ts and RelayRoom.ts) in workerd,
 * started with miniflare on a loopback port and reached directly, as the benchmark reaches
 * the platform's Worker. It uses the workerd our platform runs on, our
 * Worker's compatibility date, and SQLite-backed Durable Objects stored on disk in a
 * temporary folder that `stop()` removes.
 */
export async function startRelayServer(options: RelayServerOptions): Promise<RoomServer> {
  const worker = await startFixtureWorker({
    entry: "bench/fixtures/relayWorker.ts",
    durableObjects: { ROOMS: { className: "RelayRoom", useSQLite: true } },
    bindings: { APPEND_TO_SQLITE: options.appendToSqlite },
  });
  const serverUrl = `ws://${worker.url.host}`;
  let rooms = 0;
  return {
    createRoom: async () => {
      const roomName = `bench-${++rooms}`;
      return { address: async () => ({ serverUrl, roomName, params: {} }) };
    },
    stop: () => worker.stop(),
  };
}

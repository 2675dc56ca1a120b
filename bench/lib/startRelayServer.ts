import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { convertV4MiniflareOptions, Miniflare } from "miniflare";
import type { RoomServer } from "./RoomServer.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

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
  // Options in the shape miniflare documents; converted as wrangler converts its own.
  const mf = new Miniflare(
    convertV4MiniflareOptions({
      host: "127.0.0.1",
      port: 0,
      modules: true,
      script: await bundleRelayWorker(),
      compatibilityDate: readCompatibilityDate(),
      durableObjects: { ROOMS: { className: "RelayRoom", useSQLite: true } },
      bindings: { APPEND_TO_SQLITE: options.appendToSqlite },
    }),
  );
  let url: URL;
  try {
    url = await mf.ready;
  } catch (err) {
    await mf.dispose();
    throw err;
  }
  const serverUrl = `ws://${url.host}`;
  let rooms = 0;
  return {
    createRoom: async () => {
      const roomName = `bench-${++rooms}`;
      return { address: async () => ({ serverUrl, roomName, params: {} }) };
    },
    stop: () => mf.dispose(),
  };
}

/** One ES module with Yjs and y-protocols inside: miniflare runs a script, it does not bundle. */
async function bundleRelayWorker(): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ["bench/fixtures/relayWorker.ts"],
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    // The export conditions wrangler uses for workerd.
    conditions: ["workerd", "worker", "browser"],
    target: "es2022",
    logLevel: "warning",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error("esbuild produced no bundle for bench/fixtures/relayWorker.ts");
  return output.text;
}

/** Our Worker's, so the floor runs with the same runtime behaviour. */
function readCompatibilityDate(): string {
  const match = /^compatibility_date\s*=\s*"([^"]+)"/m.exec(readFileSync(`${root}/wrangler.toml`, "utf8"));
  if (!match?.[1]) throw new Error("wrangler.toml has no compatibility_date for the relay floor to use");
  return match[1];
}

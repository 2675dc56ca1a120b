import { connect } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { watchForTerminate } from "./watchForTerminate.ts";

// A connection nobody has used for this long belongs to a client that vanished.
const IDLE_TIMEOUT_MS = 5 * 60_000;

export interface WsBridge {
  /** host:port, the value of NEON_WS_PROXY. */
  address: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * A WebSocket-to-TCP bridge that plays Neon's proxy for the embedded database: the Neon
 * driver opens `ws://<bridge>/v2?address=<host>:<port>` and every binary frame is raw
 * Postgres wire bytes, piped to and from a TCP socket.
 *
 * It forwards only to `target`, so it cannot be used to reach anything else on the machine.
 */
export async function startWsBridge(options: {
  target: { host: string; port: number };
  port?: number;
  /** Runs just before the bridge binds `port` (see holdPort). */
  beforeListen?: () => Promise<void>;
}): Promise<WsBridge> {
  const allowed = `${options.target.host}:${options.target.port}`;
  await options.beforeListen?.();
  const wss = new WebSocketServer({ host: "127.0.0.1", port: options.port ?? 0 });
  await new Promise<void>((resolve, reject) => {
    wss.once("listening", resolve);
    wss.once("error", reject);
  });
  wss.on("connection", (ws, request) => {
    const address = new URL(request.url ?? "/", "ws://bridge").searchParams.get("address");
    if (address !== allowed) {
      ws.close(1008, `bridge forwards only to ${allowed}`);
      return;
    }
    pipe(ws, options.target);
  });
  const info = wss.address();
  const port = typeof info === "object" && info ? info.port : 0;
  return {
    address: `127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate();
        wss.close(() => resolve());
      }),
  };
}

function pipe(ws: WebSocket, target: { host: string; port: number }): void {
  const socket = connect(target.port, target.host);
  socket.setNoDelay(true);
  socket.setTimeout(IDLE_TIMEOUT_MS, () => socket.destroy());
  const terminated = watchForTerminate();
  // Frames that arrive before the TCP connection is up are buffered by the socket.
  ws.on("message", (data: Buffer | ArrayBuffer | Buffer[]) => {
    const chunk = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    socket.write(chunk);
    // The client said goodbye: free the database's connection slot now, whether or not
    // its WebSocket ever closes.
    if (terminated(chunk)) {
      socket.end();
      ws.close();
    }
  });
  socket.on("data", (chunk) => {
    if (ws.readyState === ws.OPEN) ws.send(chunk);
  });
  ws.on("close", () => socket.end());
  ws.on("error", () => socket.destroy());
  socket.on("close", () => ws.close());
  socket.on("error", () => ws.terminate());
}

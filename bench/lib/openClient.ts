import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { createBenchFile } from "./benchFile.ts";
import type { Room, RoomAddress } from "./RoomServer.ts";

export interface BenchClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolves once the first sync with the server completed. */
  synced: Promise<void>;
  /** Closes the server initiated (rate limited, too large…): a run with any is invalid. */
  closes: Array<{ code: number; reason: string }>;
  destroy(): void;
}

/**
 * The stock y-websocket client, the same code against both servers. Awareness is off
 * (local state null), so no presence traffic competes with the document updates being
 * measured and none counts against a connection's message rate.
 */
export function openClient(address: RoomAddress, doc = new Y.Doc()): BenchClient {
  const provider = new WebsocketProvider(address.serverUrl, address.roomName, doc, {
    params: address.params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: false,
  });
  provider.awareness.setLocalState(null);
  const closes: BenchClient["closes"] = [];
  provider.on("connection-close", (event) => {
    if (event && provider.shouldConnect) closes.push({ code: event.code, reason: event.reason });
  });
  const synced = new Promise<void>((resolve) => {
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      provider.off("sync", onSync);
      resolve();
    };
    provider.on("sync", onSync);
  });
  // In Node each provider adds a process "exit" listener; a hundred readers are expected.
  process.setMaxListeners(process.getMaxListeners() + 1);
  provider.connect();
  let destroyed = false;
  return {
    doc,
    provider,
    synced,
    closes,
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      provider.destroy();
      doc.destroy();
      process.setMaxListeners(process.getMaxListeners() - 1);
    },
  };
}

/** Throws if the server closed any client during a measurement: its figures would be wrong. */
export function assertNoCloses(clients: readonly BenchClient[], what: string): void {
  const closes = clients.flatMap((client) => client.closes);
  if (closes.length) {
    const first = closes[0];
    throw new Error(`${what}: the server closed ${closes.length} connection(s), first ${first?.code} ${first?.reason}`);
  }
}

/** Rejects after `ms` with a message naming what did not happen. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Every room benchmark starts the same way: a writer joins `room`, syncs, and creates the
 * bench file. Answers the writer (already in `clients`, for cleanup) and the file's text.
 */
export async function openWriter(room: Room, clients: BenchClient[]): Promise<{ writer: BenchClient; text: Y.Text }> {
  const writer = openClient(await room.address());
  clients.push(writer);
  await within(writer.synced, 30_000, "writer syncing");
  return { writer, text: createBenchFile(writer.doc) };
}

import { readRoomMessage, SyncType, writeSyncMessage } from "@wove/protocol";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import * as Y from "yjs";
import { RoomClient, type RoomClientOptions } from "./RoomClient.ts";

/**
 * A stand-in room on a real local socket: it answers a sync step 1 with a step 2 (as the
 * room does) and, if told, "ping" with "pong" (the room's auto-response); with neither it
 * is a link that went quiet.
 */
async function startFakeRoom(answers: { sync: boolean; pong: boolean }) {
  const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const doc = new Y.Doc();
  const connections: Array<{ pings: number; step1s: number }> = [];
  server.on("connection", (socket) => {
    const seen = { pings: 0, step1s: 0 };
    connections.push(seen);
    socket.on("message", (data: RawData, isBinary: boolean) => {
      if (!isBinary) {
        seen.pings++;
        if (answers.pong && data.toString() === "ping") socket.send("pong");
        return;
      }
      const message = readRoomMessage(new Uint8Array(data as Buffer));
      if (message.type === "sync-step1") {
        seen.step1s++;
        if (answers.sync)
          socket.send(writeSyncMessage(SyncType.Step2, Y.encodeStateAsUpdate(doc, message.stateVector)));
      } else if (message.type === "sync-update" || message.type === "sync-step2") {
        Y.applyUpdate(doc, message.update);
      }
    });
  });
  const { port } = server.address() as { port: number };
  return {
    url: `ws://127.0.0.1:${port}/sync`,
    doc,
    connections,
    stop: () => {
      for (const client of server.clients) client.terminate();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function clientOf(room: Awaited<ReturnType<typeof startFakeRoom>>, options: Partial<RoomClientOptions> = {}) {
  const doc = new Y.Doc();
  const client = new RoomClient({
    url: room.url,
    doc,
    getToken: () => Promise.resolve("token"),
    WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    backoff: { initialMs: 20, maxMs: 100 },
    ...options,
  });
  cleanups.push(() => client.destroy());
  return { client, doc };
}

describe("RoomClient on a real socket", () => {
  it("closes a socket that hears nothing, pinging it first, and reconnects on a new one", async () => {
    const room = await startFakeRoom({ sync: false, pong: false });
    cleanups.push(room.stop);
    const { client } = await clientOf(room, { liveness: { pingAfterMs: 100, timeoutMs: 300 } });
    await expect.poll(() => room.connections.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(room.connections[0]?.pings).toBe(1);
    expect(client.status).not.toBe("closed");
  });

  it("keeps a quiet socket that answers its pings", async () => {
    const room = await startFakeRoom({ sync: true, pong: true });
    cleanups.push(room.stop);
    const statuses: string[] = [];
    const { client } = await clientOf(room, { liveness: { pingAfterMs: 50, timeoutMs: 150 } });
    client.on("status", (status) => statuses.push(status));
    await expect.poll(() => client.status).toBe("synced");
    // Many timeouts' worth of pings, each answered: never a second connection.
    await expect.poll(() => room.connections[0]?.pings ?? 0, { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    expect(room.connections).toHaveLength(1);
    expect(statuses).not.toContain("offline");
  });

  it("confirms a burst of changes with one probe once typing pauses", async () => {
    const room = await startFakeRoom({ sync: true, pong: true });
    cleanups.push(room.stop);
    const { client, doc } = await clientOf(room, {
      probeTiming: { idleMs: 50, minIntervalMs: 200, maxWaitMs: 1_000 },
    });
    await expect.poll(() => client.status).toBe("synced");
    await expect.poll(() => client.pendingChanges).toBe(0);
    const before = room.connections[0]?.step1s ?? 0;
    for (const char of "twenty keys, at once") doc.getText("t").insert(doc.getText("t").length, char);
    expect(client.pendingChanges).toBe(20);
    await expect.poll(() => client.pendingChanges).toBe(0);
    expect(room.doc.getText("t").toString()).toBe("twenty keys, at once");
    expect((room.connections[0]?.step1s ?? 0) - before).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { openClient, within, type BenchClient } from "./openClient.ts";
import { startRelayServer } from "./startRelayServer.ts";

describe("startRelayServer", () => {
  for (const appendToSqlite of [false, true]) {
    it(`relays a change between stock y-websocket clients, and a late joiner gets it (SQLite append ${appendToSqlite ? "on" : "off"})`, async () => {
      const server = await startRelayServer({ appendToSqlite });
      const clients: BenchClient[] = [];
      try {
        const room = await server.createRoom();
        const [writer, reader] = [openClient(await room.address()), openClient(await room.address())];
        clients.push(writer, reader);
        await within(Promise.all([writer.synced, reader.synced]), 20_000, "both syncing");
        writer.doc.getText("t").insert(0, "hello");
        await expect.poll(() => reader.doc.getText("t").toString(), { timeout: 10_000 }).toBe("hello");

        const late = openClient(await room.address());
        clients.push(late);
        await within(late.synced, 20_000, "late joiner syncing");
        await expect.poll(() => late.doc.getText("t").toString(), { timeout: 10_000 }).toBe("hello");
        expect(clients.flatMap((client) => client.closes)).toEqual([]);
      } finally {
        for (const client of clients) client.destroy();
        await server.stop();
      }
    });
  }
});

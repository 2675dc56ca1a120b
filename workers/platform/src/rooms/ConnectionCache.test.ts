import { describe, expect, it } from "vitest";
import { ConnectionCache } from "./ConnectionCache.ts";
import type { RoomConnection } from "./RoomConnection.ts";

const editor: RoomConnection = { userId: "u1", role: "editor", clientIds: [1], accessVersion: 3, expiresAt: 1_000 };

/** The room's end of a real workerd socket pair. */
function socket(): WebSocket {
  const { 1: server } = new WebSocketPair();
  return server;
}

describe("ConnectionCache", () => {
  it("writes through to the attachment, which a fresh cache (a woken room) reads back", () => {
    const ws = socket();
    new ConnectionCache().write(ws, editor);
    expect(ws.deserializeAttachment()).toEqual(editor);
    expect(new ConnectionCache().read(ws)).toEqual(editor);
  });

  it("reads a socket's attachment once, not on every message", () => {
    const ws = socket();
    ws.serializeAttachment(editor);
    const cache = new ConnectionCache();
    const first = cache.read(ws);
    ws.serializeAttachment({ ...editor, role: "viewer" });
    expect(cache.read(ws)).toBe(first);
  });

  it("keeps what it stored: at most the 32 latest announced ids", () => {
    const ws = socket();
    const cache = new ConnectionCache();
    cache.write(ws, { ...editor, clientIds: Array.from({ length: 40 }, (_, i) => i) });
    const expected = Array.from({ length: 32 }, (_, i) => i + 8);
    expect(cache.read(ws).clientIds).toEqual(expected);
    expect((ws.deserializeAttachment() as RoomConnection).clientIds).toEqual(expected);
  });

  it("treats a socket without an attachment as an anonymous viewer whose token is over", () => {
    expect(new ConnectionCache().read(socket())).toEqual({
      userId: null,
      role: "viewer",
      clientIds: [],
      accessVersion: 0,
      expiresAt: 0,
    });
  });
});

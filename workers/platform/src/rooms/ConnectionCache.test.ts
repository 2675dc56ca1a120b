import { describe, expect, it } from "vitest";
import { ConnectionCache } from "./ConnectionCache.ts";
import type { RoomConnection } from "./RoomConnection.ts";

const editor: RoomConnection = {
  userId: "u1",
  role: "editor",
  clientIds: [1],
  clocks: [4],
  accessVersion: 3,
  expiresAt: 1_000,
};

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

  it("keeps what it stored: at most the 32 latest announced ids, each beside its clock", () => {
    const ws = socket();
    const cache = new ConnectionCache();
    const ids = Array.from({ length: 40 }, (_, i) => i);
    cache.write(ws, { ...editor, clientIds: ids, clocks: ids.map((i) => i * 10) });
    const expected = Array.from({ length: 32 }, (_, i) => i + 8);
    expect(cache.read(ws).clientIds).toEqual(expected);
    expect(cache.read(ws).clocks).toEqual(expected.map((i) => i * 10));
    expect((ws.deserializeAttachment() as RoomConnection).clientIds).toEqual(expected);
    expect((ws.deserializeAttachment() as RoomConnection).clocks).toEqual(expected.map((i) => i * 10));
  });

  it("reads an attachment written before clocks were kept as clocks unknown", () => {
    const ws = socket();
    const { clocks: _clocks, ...before } = editor;
    ws.serializeAttachment(before);
    expect(new ConnectionCache().read(ws).clocks).toEqual([]);
  });

  it("treats a socket without an attachment as an anonymous viewer whose token is over", () => {
    expect(new ConnectionCache().read(socket())).toEqual({
      userId: null,
      role: "viewer",
      clientIds: [],
      clocks: [],
      accessVersion: 0,
      expiresAt: 0,
    });
  });
});

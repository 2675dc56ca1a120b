import { describe, expect, it } from "vitest";
import type { RoomConnection } from "./RoomConnection.ts";
import { RoomSockets } from "./RoomSockets.ts";

const connection = (expiresAt: number, role: RoomConnection["role"] = "editor"): RoomConnection => ({
  userId: "u1",
  role,
  clientIds: [],
  clocks: [],
  accessVersion: 1,
  expiresAt,
});

/** A real workerd socket pair, both ends accepted: `server` is the room's, `heard` what the client got. */
function pair() {
  const { 0: client, 1: server } = new WebSocketPair();
  server.accept();
  client.accept();
  const heard: string[] = [];
  // A binary message arrives here as a Blob.
  client.addEventListener("message", (event) => {
    void (event.data as Blob).text().then((text) => heard.push(text));
  });
  return { server, client, heard };
}

const bytes = (text: string) => new TextEncoder().encode(text);
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("RoomSockets", () => {
  it("broadcasts to every socket but the sender, and never throws at a closed one", async () => {
    const [a, b, c] = [pair(), pair(), pair()];
    const sockets = new RoomSockets(() => [a.server, b.server, c.server]);
    c.server.close(1000, "bye");
    sockets.broadcast(bytes("hello"), a.server);
    sockets.send(c.server, bytes("late"));
    await settle();
    expect(a.heard).toEqual([]);
    expect(b.heard).toEqual(["hello"]);
    expect(c.heard).toEqual([]);
  });

  it("closes with the room's close code and reason", async () => {
    const a = pair();
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      a.client.addEventListener("close", (event) => resolve({ code: event.code, reason: event.reason })),
    );
    new RoomSockets(() => [a.server]).close(a.server, "Forbidden");
    expect(await closed).toEqual({ code: 4403, reason: expect.stringMatching(/./) });
    // A second close (a socket closed by both the session and its client) is no error.
    expect(() => new RoomSockets(() => [a.server]).close(a.server, "Forbidden")).not.toThrow();
  });

  it("tells whether any socket but the leaving one is still open", () => {
    const [a, b] = [pair(), pair()];
    const sockets = new RoomSockets(() => [a.server, b.server]);
    expect(sockets.anyOpen(a.server)).toBe(true);
    b.server.close(1000, "bye");
    expect(sockets.anyOpen(a.server)).toBe(false);
    expect(sockets.anyOpen()).toBe(true);
  });

  it("finds the sockets whose token is over and when the next one running ends", () => {
    const [a, b, c] = [pair(), pair(), pair()];
    const sockets = new RoomSockets(() => [a.server, b.server, c.server]);
    sockets.write(a.server, connection(1_000));
    sockets.write(b.server, connection(5_000, "viewer"));
    sockets.write(c.server, connection(3_000));
    expect(sockets.expired(2_000)).toEqual([[a.server, "Unauthenticated"]]);
    expect(sockets.nextExpiry(2_000)).toBe(3_000);
    expect(sockets.nextExpiry(6_000)).toBeNull();
    expect(sockets.pick((c) => (c.role === "viewer" ? "AccessRevoked" : null))).toEqual([[b.server, "AccessRevoked"]]);
  });

  it("reads a connection from the socket's attachment, as a woken room does", () => {
    const a = pair();
    new RoomSockets(() => [a.server]).write(a.server, connection(9_000));
    expect(new RoomSockets(() => [a.server]).connections()).toEqual([connection(9_000)]);
  });
});

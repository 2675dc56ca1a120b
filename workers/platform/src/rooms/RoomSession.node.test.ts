import {
  createFile,
  filesOf,
  readAwarenessEntries,
  readRoomMessage,
  readText,
  RoomLimits,
  SyncType,
  writeAuthToken,
  writeAwarenessEntries,
  writeAwarenessMessage,
  writeSyncMessage,
  type AwarenessEntry,
} from "@wove/protocol";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { RoomConnection } from "./RoomConnection.ts";
import { RoomSession, type RoomAction, type SessionLimits } from "./RoomSession.ts";

interface Socket {
  name: string;
}

const editor: RoomConnection = {
  userId: "u1",
  role: "editor",
  clientIds: [],
  clocks: [],
  accessVersion: 1,
  expiresAt: 100_000,
};
const viewer: RoomConnection = { ...editor, userId: "u2", role: "viewer" };
const at = { now: 1_000, storedBytes: 0 };

/**
 * A session with sockets that keep their connection as the Durable Object does: each
 * `persist` action is written back, as to a socket's attachment.
 */
function room(limits: SessionLimits = RoomLimits, updates: Uint8Array[] = []) {
  const session = new RoomSession<Socket>(updates, limits);
  const connections = new Map<Socket, RoomConnection>();
  const keep = (actions: RoomAction<Socket>[]) => {
    for (const a of actions) if (a.type === "persist") connections.set(a.socket, a.connection);
    return actions;
  };
  return {
    session,
    connections,
    join(name: string, connection: RoomConnection = editor): Socket {
      const socket = { name };
      keep(session.join(socket, connection));
      return socket;
    },
    send(socket: Socket, frame: Uint8Array | string, context = at) {
      return keep(session.receive(socket, connections.get(socket) ?? editor, frame, context));
    },
  };
}

/** A client's change to its own document, as the update it would send. */
function edit(change: (doc: Y.Doc) => void, base?: Y.Doc): Uint8Array {
  const doc = new Y.Doc();
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(doc);
  change(doc);
  return Y.encodeStateAsUpdate(doc, before);
}

const update = (data: Uint8Array) => writeSyncMessage(SyncType.Update, data);
const awareness = (entries: AwarenessEntry[]) => writeAwarenessMessage(writeAwarenessEntries(entries));
const types = (actions: RoomAction<Socket>[]) => actions.map((a) => a.type);
const closes = (actions: RoomAction<Socket>[]) => actions.flatMap((a) => (a.type === "close" ? [a.reason] : []));
const denials = (actions: RoomAction<Socket>[]) =>
  actions.flatMap((a) => {
    if (a.type !== "reply") return [];
    const message = readRoomMessage(a.message);
    return message.type === "auth" ? [message.reason] : [];
  });
const heard = (actions: RoomAction<Socket>[]) =>
  actions.flatMap((a) => {
    if (a.type !== "broadcast" && a.type !== "reply") return [];
    const message = readRoomMessage(a.message);
    return message.type === "awareness" ? readAwarenessEntries(message.update) : [];
  });

describe("RoomSession", () => {
  it("greets a joiner with its state vector and the room's presence, and tells a viewer it is read-only", () => {
    const r = room();
    const a = r.join("a");
    r.send(a, awareness([{ clientId: 1, clock: 1, state: '{"user":"A"}' }]));
    const socket = { name: "v" };
    const actions = r.session.join(socket, viewer);
    expect(actions[0]).toEqual({ type: "persist", socket, connection: viewer });
    const [step1, presence] = actions.slice(1).map((x) => (x.type === "reply" ? readRoomMessage(x.message) : null));
    expect(step1?.type).toBe("sync-step1");
    expect(presence?.type).toBe("awareness");
    expect(denials(actions)).toEqual(["read-only: you are a viewer of this project"]);
  });

  it("answers sync step 1 with what the sender lacks, to the sender alone", () => {
    const r = room(RoomLimits, [edit((doc) => doc.getText("t").insert(0, "hello"))]);
    const a = r.join("a");
    const [reply, ...rest] = r.send(a, writeSyncMessage(SyncType.Step1, Y.encodeStateVector(new Y.Doc())));
    expect(rest).toEqual([]);
    expect(reply).toMatchObject({ type: "reply", to: a });
    const message = reply?.type === "reply" ? readRoomMessage(reply.message) : null;
    const doc = new Y.Doc();
    if (message?.type === "sync-step2") Y.applyUpdate(doc, message.update);
    expect(doc.getText("t").toString()).toBe("hello");
  });

  it("applies an editor's update, then asks for it to be stored before it is broadcast to the others", () => {
    const r = room();
    const a = r.join("a");
    const data = edit((doc) => createFile(doc, { path: "a.txt", text: "hi", id: "file-a" }));
    const actions = r.send(a, update(data));
    expect(types(actions)).toEqual(["changed", "append", "broadcast"]);
    expect(actions[0]).toEqual({ type: "changed", fileIds: new Set(["file-a"]) });
    expect(actions[2]).toMatchObject({ except: a });
    expect(readText(r.session.doc, "file-a")).toBe("hi");
    // Step 2 (a client's catch-up) is applied the same way.
    const more = edit((doc) => doc.getText("t").insert(0, "x"), r.session.doc);
    expect(types(r.send(a, writeSyncMessage(SyncType.Step2, more)))).toEqual(["append", "broadcast"]);
  });

  it("refuses a viewer's edits with permission denied and applies nothing; an empty catch-up is no write", () => {
    const r = room();
    const v = r.join("v", viewer);
    const actions = r.send(v, update(edit((doc) => doc.getText("t").insert(0, "sneaky"))));
    expect(denials(actions)).toEqual(["read-only: you are a viewer of this project"]);
    expect(types(actions)).toEqual(["reply"]);
    expect(r.session.doc.getText("t").toString()).toBe("");
    expect(r.send(v, writeSyncMessage(SyncType.Step2, Y.encodeStateAsUpdate(new Y.Doc())))).toEqual([]);
  });

  it("refuses an update that would take the document over its size limit, and closes its sender", () => {
    const r = room({ ...RoomLimits, MAX_DOCUMENT_BYTES: 1_000 });
    const a = r.join("a");
    const data = edit((doc) => doc.getText("t").insert(0, "y".repeat(100)));
    expect(closes(r.send(a, update(data), { now: 1_000, storedBytes: 950 }))).toEqual(["DocumentTooLarge"]);
    expect(r.session.doc.getText("t").length).toBe(0);
    expect(types(r.send(a, update(data), { now: 1_000, storedBytes: 100 }))).toContain("append");
  });

  it("refuses a path the IDE refuses (SPEC D15) before applying it, and says which", () => {
    const r = room();
    const a = r.join("a");
    // As a hostile client writes it: straight into the map, past createFile's checks.
    const data = edit((doc) => {
      const entry = new Y.Map<unknown>();
      filesOf(doc).set("file-bad", entry);
      entry.set("path", "../../etc/passwd");
    });
    const actions = r.send(a, update(data));
    expect(closes(actions)).toEqual(["InvalidPath"]);
    expect(denials(actions)[0]).toMatch(/^refused: .*etc\/passwd/);
    expect(filesOf(r.session.doc).size).toBe(0);
  });

  it("closes the sender of a text, truncated, unknown or oversized frame, and only that one", () => {
    const r = room({ ...RoomLimits, MAX_MESSAGE_BYTES: 64 });
    const frames: Array<[Uint8Array | string, string]> = [
      ["hello", "Malformed"],
      [new Uint8Array([0, 2, 200, 1, 2]), "Malformed"],
      [new Uint8Array([0, 2, 5, 1, 2]), "Malformed"],
      [new Uint8Array([99]), "Malformed"],
      [new Uint8Array(65), "MessageTooLarge"],
    ];
    for (const [i, [frame, reason]] of frames.entries()) {
      const socket = r.join(`bad-${i}`);
      const actions = r.send(socket, frame);
      expect(actions.filter((x) => x.type === "close")).toEqual([expect.objectContaining({ socket, reason })]);
    }
    // The error behind a frame that could not be read goes with its close, for the log.
    const [close] = r.send(r.join("last"), new Uint8Array([0, 2, 5, 1, 2]));
    expect(close).toMatchObject({ type: "close", error: expect.any(Error) });
  });

  it("closes a connection past the message rate within a second, and lets it speak again a second later", () => {
    const r = room({ ...RoomLimits, MAX_MESSAGES_PER_SECOND: 3 });
    const a = r.join("a");
    const b = r.join("b");
    const query = new Uint8Array([3]);
    for (let i = 0; i < 3; i++) expect(closes(r.send(a, query, { now: 5_000 + i, storedBytes: 0 }))).toEqual([]);
    expect(closes(r.send(b, query, { now: 5_003, storedBytes: 0 }))).toEqual([]);
    expect(closes(r.send(a, query, { now: 5_999, storedBytes: 0 }))).toEqual(["RateLimited"]);
    const calm = r.join("calm");
    for (let i = 0; i < 3; i++) r.send(calm, query, { now: 5_000, storedBytes: 0 });
    expect(closes(r.send(calm, query, { now: 6_000, storedBytes: 0 }))).toEqual([]);
  });

  it("closes a socket whose token expired when it writes", () => {
    const r = room();
    const a = r.join("a", { ...editor, expiresAt: 2_000 });
    expect(closes(r.send(a, new Uint8Array([3]), { now: 2_000, storedBytes: 0 }))).toEqual(["Unauthenticated"]);
  });

  it("relays awareness re-encoded to everyone and keeps the sender's ids and clocks for its attachment", () => {
    const r = room();
    const a = r.join("a");
    const entry = { clientId: 7, clock: 1, state: '{"user":"A"}' };
    const actions = r.send(a, awareness([entry]));
    expect(actions.find((x) => x.type === "broadcast")).not.toHaveProperty("except");
    expect(heard(actions)).toEqual([entry]);
    expect(r.connections.get(a)).toMatchObject({ clientIds: [7], clocks: [1] });
    // A renewal moves the clock: one attachment write for the message.
    const renewal = r.send(
      a,
      awareness([
        { ...entry, clock: 2 },
        { clientId: 8, clock: 1, state: "{}" },
      ]),
    );
    expect(types(renewal).filter((t) => t === "persist")).toHaveLength(1);
    expect(r.connections.get(a)).toMatchObject({ clientIds: [7, 8], clocks: [2, 1] });
    // Nothing new (a stale entry): no write at all.
    expect(types(r.send(a, awareness([{ ...entry, clock: 1 }])))).toEqual([]);
  });

  it("shows the agent to everyone under an id of the room's own, which no client can take, and takes it away once", () => {
    const r = room();
    const a = r.join("a");
    const shown = heard(r.session.setAgentPresence({ user: { name: "AI agent" }, file: "f1" }));
    expect(shown).toHaveLength(1);
    const [agent] = shown;
    expect(JSON.parse(agent!.state)).toEqual({ user: { name: "AI agent" }, file: "f1" });
    // A joiner gets it with everyone's presence.
    const joined = heard(r.session.join({ name: "b" }, editor));
    expect(joined.map((entry) => entry.clientId)).toContain(agent!.clientId);
    // A client speaking for the agent's id is not heard.
    const forged = { clientId: agent!.clientId, clock: agent!.clock + 5, state: '{"user":{"name":"me"}}' };
    expect(heard(r.send(a, awareness([forged])))).toEqual([]);
    const gone = heard(r.session.setAgentPresence(null));
    expect(gone).toEqual([{ clientId: agent!.clientId, clock: agent!.clock + 1, state: "null" }]);
    expect(heard(r.session.setAgentPresence(null))).toEqual([]);
  });

  it("drops awareness sent under another socket's client id, and relays the rest of that message", () => {
    const r = room();
    const owner = r.join("owner");
    const visitor = r.join("visitor");
    r.send(owner, awareness([{ clientId: 1, clock: 1, state: '{"user":"Olive"}' }]));
    const spoof = { clientId: 1, clock: 50, state: '{"user":"Olive","spoofed":true}' };
    const own = { clientId: 2, clock: 1, state: '{"user":"Visitor"}' };
    const actions = r.send(visitor, awareness([spoof, own, { clientId: 1, clock: 51, state: "null" }]));
    expect(heard(actions)).toEqual([own]);
    expect(r.connections.get(visitor)).toMatchObject({ clientIds: [2], clocks: [1] });
    expect(r.connections.get(owner)).toMatchObject({ clientIds: [1], clocks: [1] });
  });

  it("closes a socket whose presence is over the caps", () => {
    const r = room();
    const a = r.join("a");
    const huge = JSON.stringify({ n: "x".repeat(RoomLimits.MAX_AWARENESS_STATE_BYTES) });
    expect(closes(r.send(a, awareness([{ clientId: 1, clock: 1, state: huge }])))).toEqual(["PresenceTooLarge"]);
  });

  it("answers a query with everyone's presence, to the sender alone", () => {
    const r = room();
    const a = r.join("a");
    const b = r.join("b");
    const entry = { clientId: 1, clock: 3, state: '{"user":"A"}' };
    r.send(a, awareness([entry]));
    const actions = r.send(b, new Uint8Array([3]));
    expect(actions).toEqual([expect.objectContaining({ type: "reply", to: b })]);
    expect(heard(actions)).toEqual([entry]);
  });

  it("hands a fresh token on to be verified", () => {
    const r = room();
    const a = r.join("a");
    expect(r.send(a, writeAuthToken("t0ken"))).toEqual([{ type: "refresh", socket: a, token: "t0ken" }]);
  });

  it("announces a closed socket's departure to the others one clock later, and ignores its late presence", () => {
    const r = room();
    const a = r.join("a");
    r.send(a, awareness([{ clientId: 1, clock: 4, state: "{}" }]));
    const actions = r.session.close(a, "AccessChanged");
    expect(actions[0]).toEqual({ type: "close", socket: a, reason: "AccessChanged" });
    expect(actions[1]).toMatchObject({ type: "broadcast", except: a });
    expect(heard(actions)).toEqual([{ clientId: 1, clock: 5, state: "null" }]);
    expect(r.send(a, awareness([{ clientId: 1, clock: 6, state: "{}" }]))).toEqual([]);
    expect(r.session.leave(a, r.connections.get(a) ?? editor)).toEqual([]);
  });

  it("announces a departure past the last clock a socket's attachment kept, after a wake", () => {
    const r = room();
    const a = r.join("a");
    r.send(a, awareness([{ clientId: 1, clock: 1, state: "{}" }]));
    r.send(a, awareness([{ clientId: 1, clock: 9, state: '{"cursor":9}' }]));
    // A woken room: a new session, and the socket's attachment as it was written.
    const connection = r.connections.get(a) ?? editor;
    const woken = new RoomSession<Socket>([]);
    woken.restore(a, connection);
    expect(heard(woken.leave(a, connection))).toEqual([{ clientId: 1, clock: 10, state: "null" }]);
    // Woken by that socket's close, the room does not list it: its attachment still speaks for it.
    expect(heard(new RoomSession<Socket>([]).leave(a, connection))).toEqual([
      { clientId: 1, clock: 10, state: "null" },
    ]);
  });

  it("hands over the actions of changes made outside a frame, broadcast to every socket", () => {
    const r = room();
    createFile(r.session.doc, { path: "b.txt", text: "rpc", id: "file-b" });
    const actions = r.session.flush();
    expect(types(actions)).toEqual(["changed", "append", "broadcast"]);
    expect(actions[2]).not.toHaveProperty("except");
    expect(r.session.flush()).toEqual([]);
  });
});

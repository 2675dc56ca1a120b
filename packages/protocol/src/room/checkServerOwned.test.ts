import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { threadOf } from "../doc/aiThread.ts";
import { agentRunsOf, appendRunLog, patchRun, putRun, RUN_LOG_LIMIT, type AgentRunFields } from "../doc/agentRuns.ts";
import { createFile, metaOf, renameFile, textOf } from "../doc/fileTree.ts";
import { revertedChangesOf } from "../doc/revertChanges.ts";
import { checkServerOwned } from "./checkServerOwned.ts";

const RUN: Partial<AgentRunFields> = {
  prompt: "Build a counter",
  status: "running",
  startedBy: { id: "u1", name: "Ann" },
  createdAt: 1,
  updatedAt: 1,
};

/**
 * A room holding a server-written run and a reverted record, and a client synced with it;
 * `send` runs a change on the client and answers its update, as the client would send it.
 */
function synced() {
  const room = new Y.Doc();
  putRun(room, "run-1", RUN);
  appendRunLog(room, "run-1", [{ at: 1, kind: "info", text: "Ann asked" }]);
  revertedChangesOf(room).set("record-1", true);
  createFile(room, { path: "index.html", text: "<h1>Hi</h1>", id: "f1" });
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(room));
  const send = (change: (doc: Y.Doc) => void): Uint8Array => {
    const before = Y.encodeStateVector(client);
    change(client);
    return Y.encodeStateAsUpdate(client, before);
  };
  const check = (update: Uint8Array) => checkServerOwned(room, Y.decodeUpdate(update));
  return { room, client, send, check };
}

const runMap = (doc: Y.Doc) => agentRunsOf(doc).get(0);
const logOf = (doc: Y.Doc) => runMap(doc).get("log") as Y.Array<unknown>;

describe("checkServerOwned (SPEC D20)", () => {
  it("passes what the IDE sends: files, typing, renames, meta and the AI thread", () => {
    const { room, send, check } = synced();
    for (const change of [
      (d: Y.Doc) => createFile(d, { path: "src/app.ts", text: "export {}", id: "f2" }),
      (d: Y.Doc) => textOf(d, "f1")?.insert(4, "Hello, "),
      (d: Y.Doc) => textOf(d, "f1")?.delete(0, 4),
      (d: Y.Doc) => renameFile(d, "f1", "home.html"),
      (d: Y.Doc) => metaOf(d).set("name", "Counter"),
      (d: Y.Doc) => threadOf(d).push([new Y.Map<unknown>([["id", "m1"]])]),
    ]) {
      const update = send(change);
      expect(check(update)).toEqual({ ok: true });
      Y.applyUpdate(room, update);
    }
  });

  it("passes a reconnecting client's catch-up, which carries the server's own deletes in its runs", () => {
    const { room, client, check } = synced();
    // The server rewrites fields and trims the log past its limit: deletes in agentRuns.
    patchRun(room, "run-1", { status: "succeeded", updatedAt: 2 });
    const lines = Array.from({ length: RUN_LOG_LIMIT + 5 }, (_, i) => ({ at: i, kind: "info" as const, text: `${i}` }));
    appendRunLog(room, "run-1", lines);
    revertedChangesOf(room).delete("record-1");
    Y.applyUpdate(client, Y.encodeStateAsUpdate(room, Y.encodeStateVector(client)));
    textOf(client, "f1")?.insert(0, "x");
    // Sync step 2 as y-websocket sends it: everything the room lacks and every delete the client knows.
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(room));
    expect(Y.decodeUpdate(step2).ds.clients.has(room.clientID)).toBe(true);
    expect(check(step2)).toEqual({ ok: true });
  });

  it("refuses a forged run, a new field on a run, and a rewritten field", () => {
    for (const change of [
      (d: Y.Doc) => agentRunsOf(d).push([new Y.Map<unknown>([["id", "forged"]])]),
      (d: Y.Doc) => putRun(d, "forged", RUN),
      (d: Y.Doc) => runMap(d).set("deploymentUrl", "https://evil.example"),
      (d: Y.Doc) => runMap(d).set("status", "succeeded"),
    ]) {
      const { send, check } = synced();
      expect(check(send(change))).toEqual({ ok: false, reason: "server-owned", name: "agentRuns", change: "insert" });
    }
  });

  it("refuses a log line, added nested under a run", () => {
    const { send, check } = synced();
    const update = send((d) => appendRunLog(d, "run-1", [{ at: 2, kind: "message", text: "forged" }]));
    expect(check(update)).toMatchObject({ ok: false, name: "agentRuns", change: "insert" });
    const direct = synced();
    expect(direct.check(direct.send((d) => logOf(d).push([{ at: 2, kind: "info", text: "x" }])))).toMatchObject({
      ok: false,
      name: "agentRuns",
    });
  });

  it("refuses deleting a run, a field or a log line", () => {
    for (const change of [
      (d: Y.Doc) => agentRunsOf(d).delete(0, 1),
      (d: Y.Doc) => runMap(d).delete("status"),
      (d: Y.Doc) => logOf(d).delete(0, 1),
    ]) {
      const { send, check } = synced();
      const update = send(change);
      // A pure delete: no struct, only a delete set.
      expect(Y.decodeUpdate(update).structs).toHaveLength(0);
      expect(check(update)).toEqual({ ok: false, reason: "server-owned", name: "agentRuns", change: "delete" });
    }
  });

  it("refuses marking a record reverted, and unmarking one", () => {
    const marked = synced();
    expect(marked.check(marked.send((d) => revertedChangesOf(d).set("record-2", true)))).toEqual({
      ok: false,
      reason: "server-owned",
      name: "revertedChanges",
      change: "insert",
    });
    const unmarked = synced();
    expect(unmarked.check(unmarked.send((d) => revertedChangesOf(d).delete("record-1")))).toMatchObject({
      ok: false,
      name: "revertedChanges",
      change: "delete",
    });
  });

  it("finds a forged log line among an offline client's many honest edits", () => {
    const { send, check } = synced();
    const update = send((d) => {
      for (let i = 0; i < 50; i++) textOf(d, "f1")?.insert(0, "x");
      createFile(d, { path: "a.txt", text: "a", id: "f3" });
      appendRunLog(d, "run-1", [{ at: 3, kind: "info", text: "forged" }]);
      for (let i = 0; i < 50; i++) textOf(d, "f3")?.insert(1, "y");
    });
    expect(check(update)).toMatchObject({ ok: false, name: "agentRuns" });
  });

  it("refuses a delete of ids the room does not hold yet, which Yjs would keep for whatever takes them", () => {
    const { room, check } = synced();
    // A hostile client writes ids of a client the room knows (here the room's own), deletes
    // them, and sends only the delete set.
    const forger = new Y.Doc();
    forger.clientID = room.clientID;
    Y.applyUpdate(forger, Y.encodeStateAsUpdate(room));
    forger.getArray("scratch").push(["a", "b", "c"]);
    forger.getArray("scratch").delete(0, 3);
    const update = Y.encodeStateAsUpdate(forger, Y.encodeStateVector(forger));
    expect(Y.decodeUpdate(update).structs).toHaveLength(0);
    expect(check(update)).toEqual({ ok: false, reason: "unresolved" });
  });

  it("refuses an update built on content the room does not have", () => {
    const { send, check } = synced();
    send((d) => textOf(d, "f1")?.insert(0, "lost "));
    // Its first half never reached the room: where the second lands cannot be known.
    expect(check(send((d) => textOf(d, "f1")?.insert(2, "z")))).toEqual({ ok: false, reason: "unresolved" });
  });
});

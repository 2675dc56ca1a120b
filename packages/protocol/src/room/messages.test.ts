import { describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { readAwarenessEntries, writeAwarenessEntries } from "./awarenessCodec.ts";
import { readRoomMessage, writeAuthToken, writePermissionDenied, writeSyncMessage, SyncType } from "./messages.ts";

describe("room messages", () => {
  it("reads what y-protocols writes", () => {
    const doc = new Y.Doc();
    doc.getText("t").insert(0, "hi");
    const step1 = encoding.createEncoder();
    encoding.writeVarUint(step1, 0);
    syncProtocol.writeSyncStep1(step1, doc);
    expect(readRoomMessage(encoding.toUint8Array(step1))).toMatchObject({ type: "sync-step1" });

    const update = Y.encodeStateAsUpdate(doc);
    expect(readRoomMessage(writeSyncMessage(SyncType.Update, update))).toEqual({ type: "sync-update", update });
    expect(readRoomMessage(writePermissionDenied("read-only"))).toEqual({ type: "auth", reason: "read-only" });
  });

  it("carries a fresh room token from client to room as an auth message of Wove's own sub-type", () => {
    expect(readRoomMessage(writeAuthToken("header.payload.sig"))).toEqual({
      type: "auth-token",
      token: "header.payload.sig",
    });
    // An auth sub-type neither y-websocket nor Wove defines is malformed.
    expect(() => readRoomMessage(new Uint8Array([2, 7, 0]))).toThrow();
  });

  it("refuses unknown, truncated and padded frames", () => {
    const valid = writeSyncMessage(SyncType.Update, new Uint8Array([1, 2, 3]));
    expect(() => readRoomMessage(new Uint8Array([9]))).toThrow();
    expect(() => readRoomMessage(valid.subarray(0, valid.length - 1))).toThrow();
    expect(() => readRoomMessage(new Uint8Array([...valid, 0]))).toThrow();
    expect(() => readRoomMessage(new Uint8Array())).toThrow();
  });

  it("reads and writes awareness updates byte for byte like y-protocols", () => {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ user: { name: "Ann", color: "#f00" }, cursor: null });
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
    const entries = readAwarenessEntries(update);
    expect(entries).toEqual([{ clientId: doc.clientID, clock: 1, state: JSON.stringify(awareness.getLocalState()) }]);
    expect(writeAwarenessEntries(entries)).toEqual(update);
    awareness.destroy();
  });
});

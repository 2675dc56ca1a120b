import { serialize } from "node:v8";
import { checkUpdatePaths, createFile, writeAwarenessEntries, writeAwarenessMessage } from "@wove/protocol";
import * as Y from "yjs";
import type { RoomConnection } from "../workers/platform/src/rooms/RoomConnection.ts";
import { RoomSession } from "../workers/platform/src/rooms/RoomSession.ts";
import type { Benchmark } from "./lib/Benchmark.ts";

/**
 * What the room's own work per frame costs next to the work it cannot avoid, in Node.
 *
 * Decode twice: the room decodes an update (Y.decodeUpdate) for the viewer gate and the
 * SPEC D15 path check, then Y.applyUpdate parses the same bytes again, because Yjs has no
 * public way to integrate a decoded update. Ours is decode + check + apply, the reference
 * apply alone, each into a fresh document: the ratio's distance from 1 is what the check
 * and the second parse cost together.
 *
 * Attachment per awareness message: each renewal moves its client's clock, which the room
 * keeps in the socket's attachment (so a woken room announces departures with a clock
 * peers accept). Ours relays a renewal and structured-clones the connection, as
 * serializeAttachment does (v8.serialize stands in for workerd's); the reference relays it alone.
 */

const keystroke = update((doc) => doc.getText("t").insert(0, "x"));
const catchUp = update((doc) => {
  for (let i = 0; i < 200; i++) createFile(doc, { path: `src/file${i}.ts`, text: `export const n = ${i};\n` });
});

function update(change: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  change(doc);
  return Y.encodeStateAsUpdate(doc);
}

function decodeTwice(name: string, bytes: Uint8Array): Benchmark {
  return {
    name: `room update, ${name}: check then apply`,
    subject: {
      name: "decode + path check + apply",
      run: () => {
        const doc = new Y.Doc();
        if (checkUpdatePaths(doc, Y.decodeUpdate(bytes)).ok) Y.applyUpdate(doc, bytes);
      },
    },
    reference: { name: "apply alone", run: () => Y.applyUpdate(new Y.Doc(), bytes) },
  };
}

function renewals(): Benchmark {
  const session = new RoomSession<object>([]);
  const socket = {};
  let connection: RoomConnection = {
    userId: "u1",
    role: "editor",
    clientIds: [],
    clocks: [],
    accessVersion: 1,
    expiresAt: Number.MAX_SAFE_INTEGER,
  };
  let clock = 0;
  // Spread out in time, so the rate limit never closes the socket.
  let now = 0;
  const state = JSON.stringify({ user: { name: "Ada", color: "#30bced" }, cursor: { anchor: "x", head: "y" } });
  const renew = () => {
    const frame = writeAwarenessMessage(writeAwarenessEntries([{ clientId: 1, clock: ++clock, state }]));
    return session.receive(socket, connection, frame, { now: (now += 1_000), storedBytes: 0 });
  };
  return {
    name: "awareness renewal: relay with its attachment write",
    subject: {
      name: "relay + attachment clone",
      run: () => {
        for (const action of renew()) {
          if (action.type === "persist") {
            connection = action.connection;
            serialize(connection);
          }
        }
      },
    },
    reference: { name: "relay alone", run: renew },
  };
}

export default [decodeTwice("one keystroke", keystroke), decodeTwice("200-file catch-up", catchUp), renewals()];

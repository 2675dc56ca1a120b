import { evictDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { writeAwarenessEntries, writeAwarenessMessage } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { applyAwarenessUpdate, Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { signUp } from "./lib/Client.ts";
import { RoomPeer } from "./lib/RoomPeer.ts";

/** What a stock client makes of the awareness `peer` has heard: y-protocols' own bookkeeping. */
function awarenessOf(peer: RoomPeer): Awareness {
  const awareness = new Awareness(new Y.Doc());
  // Its renewal timer would outlive the test.
  awareness.destroy();
  for (const update of peer.awareness) applyAwarenessUpdate(awareness, update, "room");
  return awareness;
}

describe("presence in a room", () => {
  it("removes a departed person's cursor for everyone when the room was woken from hibernation", async () => {
    const owner = await signUp();
    const id = (
      await owner.json<{ id: string }>("/api/projects", {
        method: "POST",
        json: { name: "Cursors", visibility: "private" },
      })
    ).body.id;
    const leaving = await RoomPeer.join(owner, id);
    const staying = await RoomPeer.join(owner, id);
    // A cursor that moved: y-protocols raises the clock on every change of a client's state.
    for (const clock of [1, 2, 3]) {
      const state = JSON.stringify({ user: { name: "Leaving" }, cursor: clock });
      leaving.ws.send(writeAwarenessMessage(writeAwarenessEntries([{ clientId: 1001, clock, state }])));
    }
    await expect.poll(() => awarenessOf(staying).meta.get(1001)?.clock).toBe(3);

    await evictDurableObject(env.ROOMS.getByName(id), { webSockets: "hibernate" });
    leaving.close();
    // The woken room must announce the departure with a clock past 3, or peers ignore it.
    await expect.poll(() => awarenessOf(staying).getStates().has(1001)).toBe(false);
    staying.close();
  });
});

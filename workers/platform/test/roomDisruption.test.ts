import {
  readAwarenessEntries,
  RoomClose,
  RoomLimits,
  writeAwarenessEntries,
  writeAwarenessMessage,
  type AwarenessEntry,
} from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { Client, signUp } from "./lib/Client.ts";
import { RoomPeer } from "./lib/RoomPeer.ts";

// Issue 14 item 7: what an anonymous visitor of a public project did to its room.

async function publicProject() {
  const owner = await signUp();
  const created = await owner.json<{ id: string }>("/api/projects", {
    method: "POST",
    json: { name: "Open room", visibility: "public" },
  });
  return { owner, id: created.body.id };
}

async function roomToken(client: Client, id: string): Promise<string> {
  const res = await client.json<{ token: string }>(`/api/projects/${id}/room-token`, { method: "POST" });
  if (res.status !== 200) throw new Error(`no room token: ${JSON.stringify(res.body)}`);
  return res.body.token;
}

function announce(peer: RoomPeer, entries: AwarenessEntry[]): void {
  peer.ws.send(writeAwarenessMessage(writeAwarenessEntries(entries)));
}

/** Every awareness entry a peer has been sent, latest last. */
const heard = (peer: RoomPeer) => peer.awareness.flatMap((update) => readAwarenessEntries(update));
const heardBytes = (peer: RoomPeer) => peer.awareness.reduce((sum, update) => sum + update.byteLength, 0);

describe("anonymous visitors in a room", () => {
  it("drops awareness sent under another socket's client id, and keeps the owner's presence", async () => {
    const { owner, id } = await publicProject();
    const ownerPeer = await RoomPeer.join(owner, id);
    const owned = { clientId: 1001, clock: 1, state: JSON.stringify({ user: { name: "Olive Owner" } }) };
    announce(ownerPeer, [owned]);
    await expect.poll(() => heard(ownerPeer).some((e) => e.clientId === 1001)).toBe(true);

    const visitor = await RoomPeer.join(new Client(), id);
    const spoof = {
      clientId: 1001,
      clock: 50,
      state: JSON.stringify({ user: { name: "Olive Owner", spoofed: true } }),
    };
    const own = { clientId: 2002, clock: 1, state: JSON.stringify({ user: { name: "Visitor" } }) };
    announce(visitor, [spoof, own]);
    announce(visitor, [{ clientId: 1001, clock: 51, state: "null" }]);
    // The rest of the visitor's message still reaches everyone.
    await expect.poll(() => heard(ownerPeer).some((e) => e.clientId === 2002)).toBe(true);

    const joiner = await RoomPeer.join(owner, id);
    await expect.poll(() => heard(joiner).length).toBeGreaterThanOrEqual(2);
    expect(heard(joiner)).toEqual(expect.arrayContaining([owned, own]));
    for (const peer of [ownerPeer, joiner])
      expect(heard(peer).some((e) => e.clientId === 1001 && e.clock > 1)).toBe(false);

    // Once the owner's socket closes, its id is free.
    ownerPeer.close();
    await expect.poll(() => heard(joiner).some((e) => e.clientId === 1001 && e.state === "null")).toBe(true);
    for (const peer of [visitor, joiner]) peer.close();
  });

  it("refuses a 1 MiB awareness state, closes its sender, and never sends it to joiners", async () => {
    const { owner, id } = await publicProject();
    const visitor = await RoomPeer.join(new Client(), id);
    announce(visitor, [{ clientId: 7, clock: 1, state: JSON.stringify({ user: { name: "x".repeat(1 << 20) } }) }]);
    await expect.poll(() => visitor.closed?.code).toBe(RoomClose.PresenceTooLarge.code);

    const joiner = await RoomPeer.join(owner, id);
    announce(joiner, [{ clientId: 8, clock: 1, state: JSON.stringify({ user: { name: "Joiner" } }) }]);
    await expect.poll(() => heard(joiner).some((e) => e.clientId === 8)).toBe(true);
    expect(heard(joiner).some((e) => e.clientId === 7)).toBe(false);
    joiner.close();
  });

  it("keeps what a joiner downloads under the room's cap when 12 sockets send large states", async () => {
    const { owner, id } = await publicProject();
    const senders = await Promise.all(Array.from({ length: 12 }, () => RoomPeer.join(new Client(), id)));
    for (const [i, peer] of senders.entries()) {
      // Each at the largest a client may hold, then 1 MiB.
      const full = JSON.stringify({ n: "y".repeat(RoomLimits.MAX_AWARENESS_STATE_BYTES - 10) });
      announce(peer, [{ clientId: 100 + i, clock: 1, state: full }]);
      announce(peer, [{ clientId: 200 + i, clock: 1, state: JSON.stringify({ n: "z".repeat(1 << 20) }) }]);
    }
    for (const peer of senders) await expect.poll(() => peer.closed?.code).toBe(RoomClose.PresenceTooLarge.code);

    const joiner = await RoomPeer.join(owner, id);
    announce(joiner, [{ clientId: 1, clock: 1, state: "{}" }]);
    await expect.poll(() => heard(joiner).some((e) => e.clientId === 1)).toBe(true);
    expect(heardBytes(joiner)).toBeLessThanOrEqual(RoomLimits.MAX_AWARENESS_BYTES);
    expect(heard(joiner).some((e) => e.clientId >= 200 && e.clientId < 300)).toBe(false);
    joiner.close();
  });

  it("lets one anonymous token open a few sockets, not the room's every slot", async () => {
    const { id } = await publicProject();
    const visitor = new Client();
    const token = await roomToken(visitor, id);
    const peers: RoomPeer[] = [];
    for (let i = 0; i <= RoomLimits.MAX_CONNECTIONS_PER_ANONYMOUS_TOKEN; i++) {
      peers.push(await RoomPeer.connect(id, token, { "cf-connecting-ip": visitor.ip }));
    }
    const extra = peers.at(-1);
    await expect.poll(() => extra?.closed?.code).toBe(RoomClose.TooManyConnections.code);
    expect(peers.slice(0, -1).every((p) => p.closed === null)).toBe(true);
    for (const peer of peers) peer.close();
  });

  it("counts fresh anonymous tokens per client IP, whatever IP header the client sends the room", async () => {
    const { id } = await publicProject();
    const visitor = new Client();
    const headers = { "cf-connecting-ip": visitor.ip };
    const peers: RoomPeer[] = [];
    for (let i = 0; i < RoomLimits.MAX_ANONYMOUS_CONNECTIONS_PER_IP; i++) {
      peers.push(await RoomPeer.connect(id, await roomToken(visitor, id), headers));
    }
    const forged = await RoomPeer.connect(id, await roomToken(visitor, id), {
      ...headers,
      "x-wove-client-ip": "203.0.113.9",
    });
    await expect.poll(() => forged.closed?.code).toBe(RoomClose.TooManyConnections.code);
    expect(peers.every((p) => p.closed === null)).toBe(true);
    for (const peer of peers) peer.close();
  });

  it("lets the owner in when anonymous visitors hold every slot they may", { timeout: 120_000 }, async () => {
    const { owner, id } = await publicProject();
    const perVisitor = RoomLimits.MAX_CONNECTIONS_PER_ANONYMOUS_TOKEN;
    // Enough visitors, each within its own token's and address's counts, to fill the whole room.
    const visitors = Array.from({ length: Math.ceil(RoomLimits.MAX_CONNECTIONS / perVisitor) }, () => new Client());
    const peers: RoomPeer[] = [];
    for (const visitor of visitors) {
      const token = await roomToken(visitor, id);
      for (let i = 0; i < perVisitor; i++) {
        peers.push(await RoomPeer.connect(id, token, { "cf-connecting-ip": visitor.ip }));
      }
    }
    const refused = () => peers.filter((p) => p.closed?.code === RoomClose.RoomFull.code).length;
    await expect.poll(refused).toBe(peers.length - RoomLimits.MAX_ANONYMOUS_CONNECTIONS);

    const ownerPeer = await RoomPeer.join(owner, id);
    ownerPeer.doc.getText("t").insert(0, "still mine");
    const witness = await RoomPeer.join(owner, id);
    await expect.poll(() => witness.text).toBe("still mine");
    expect(ownerPeer.closed).toBeNull();
    for (const peer of [...peers, ownerPeer, witness]) peer.close();
  });
});

import { describe, expect, it } from "vitest";
import { PresenceRelay, utf8Bytes, type PresenceLimits } from "./presenceRelay.ts";
import { RoomLimits } from "./limits.ts";

const small: PresenceLimits = {
  MAX_AWARENESS_STATE_BYTES: 100,
  MAX_AWARENESS_BYTES_PER_CONNECTION: 150,
  MAX_AWARENESS_BYTES: 300,
  MAX_AWARENESS_IDS_PER_CONNECTION: 2,
};
const state = (bytes: number) => JSON.stringify({ n: "x".repeat(bytes - 8) });

describe("PresenceRelay", () => {
  it("gives a client id to the first connection that announces it and drops others' entries for it", () => {
    const relay = new PresenceRelay<string>(small);
    expect(relay.receive("owner", [{ clientId: 1, clock: 1, state: '{"user":"Ann"}' }])).toEqual({
      ok: true,
      relay: [{ clientId: 1, clock: 1, state: '{"user":"Ann"}' }],
      claimed: true,
    });
    const spoof = relay.receive("visitor", [
      { clientId: 1, clock: 9, state: '{"user":"Mallory"}' },
      { clientId: 2, clock: 1, state: '{"user":"Vic"}' },
    ]);
    // The rest of the message still counts.
    expect(spoof).toEqual({ ok: true, relay: [{ clientId: 2, clock: 1, state: '{"user":"Vic"}' }], claimed: true });
    expect(relay.receive("visitor", [{ clientId: 1, clock: 10, state: "null" }])).toMatchObject({ relay: [] });
    expect(relay.snapshot()).toEqual([
      { clientId: 1, clock: 1, state: '{"user":"Ann"}' },
      { clientId: 2, clock: 1, state: '{"user":"Vic"}' },
    ]);
  });

  it("frees a closed connection's ids and announces their departure one clock later", () => {
    const relay = new PresenceRelay<string>(small);
    relay.receive("a", [{ clientId: 1, clock: 4, state: "{}" }]);
    expect(relay.forget("a")).toEqual([{ clientId: 1, clock: 5, state: "null" }]);
    expect(relay.snapshot()).toEqual([]);
    expect(relay.bytes).toBe(0);
    expect(relay.receive("b", [{ clientId: 1, clock: 6, state: "{}" }])).toMatchObject({ relay: [{ clientId: 1 }] });
    expect(relay.forget("a")).toEqual([]);
  });

  it("keeps ownership handed back after a wake, before any state returns", () => {
    const relay = new PresenceRelay<string>(small);
    relay.claim("owner", [1]);
    relay.claim("visitor", [1, 2]);
    expect(relay.idsOf("visitor")).toEqual([2]);
    expect(relay.receive("visitor", [{ clientId: 1, clock: 1, state: "{}" }])).toMatchObject({ relay: [] });
    expect(relay.receive("owner", [{ clientId: 1, clock: 1, state: "{}" }])).toMatchObject({
      relay: [{ clientId: 1 }],
    });
  });

  it("keeps the latest clock of each owned id, a departure's too, for the room's attachments", () => {
    const relay = new PresenceRelay<string>(small);
    relay.receive("a", [{ clientId: 1, clock: 1, state: "{}" }]);
    relay.receive("a", [{ clientId: 1, clock: 7, state: '{"x":1}' }]);
    expect(relay.clocksOf("a")).toEqual([7]);
    relay.receive("a", [{ clientId: 1, clock: 8, state: "null" }]);
    expect(relay.clocksOf("a")).toEqual([8]);
    // An older renewal after the client said it left is stale, not a return.
    expect(relay.receive("a", [{ clientId: 1, clock: 6, state: "{}" }])).toMatchObject({ relay: [] });
    // Someone else's entry for the id changes nothing.
    relay.receive("b", [{ clientId: 1, clock: 50, state: "{}" }]);
    expect(relay.clocksOf("a")).toEqual([8]);
  });

  it("announces a departure after a wake one clock past the clock handed back, before any state returns", () => {
    const relay = new PresenceRelay<string>(small);
    relay.claim("a", [1, 2], [12, 3]);
    expect(relay.clocksOf("a")).toEqual([12, 3]);
    expect(relay.forget("a")).toEqual([
      { clientId: 1, clock: 13, state: "null" },
      { clientId: 2, clock: 4, state: "null" },
    ]);
  });

  it("ignores an entry older than the one held", () => {
    const relay = new PresenceRelay<string>(small);
    relay.receive("a", [{ clientId: 1, clock: 5, state: '{"v":5}' }]);
    expect(relay.receive("a", [{ clientId: 1, clock: 4, state: '{"v":4}' }])).toMatchObject({ relay: [] });
    expect(relay.snapshot()[0]?.state).toBe('{"v":5}');
  });

  it("refuses a whole message holding a state over the per-client cap, before changing anything", () => {
    const relay = new PresenceRelay<string>(small);
    const result = relay.receive("a", [
      { clientId: 1, clock: 1, state: "{}" },
      { clientId: 2, clock: 1, state: state(101) },
    ]);
    expect(result).toEqual({ ok: false, close: "PresenceTooLarge" });
    expect(relay.snapshot()).toEqual([]);
    expect(relay.idsOf("a")).toEqual([]);
  });

  it("counts UTF-8 bytes, not UTF-16 units", () => {
    expect(utf8Bytes("aé€😀")).toBe(1 + 2 + 3 + 4);
    const relay = new PresenceRelay<string>(small);
    // 40 characters, 120 bytes.
    expect(relay.receive("a", [{ clientId: 1, clock: 1, state: "€".repeat(40) }])).toEqual({
      ok: false,
      close: "PresenceTooLarge",
    });
  });

  it("caps a connection's states together, and the ids it may speak for", () => {
    const relay = new PresenceRelay<string>(small);
    expect(relay.receive("a", [{ clientId: 1, clock: 1, state: state(90) }]).ok).toBe(true);
    // A replacement counts only its growth.
    expect(relay.receive("a", [{ clientId: 1, clock: 2, state: state(95) }]).ok).toBe(true);
    expect(relay.receive("a", [{ clientId: 2, clock: 1, state: state(90) }])).toEqual({
      ok: false,
      close: "PresenceTooLarge",
    });
    expect(
      relay.receive(
        "b",
        [1, 2, 3].map((clientId) => ({ clientId: clientId + 10, clock: 1, state: "{}" })),
      ),
    ).toMatchObject({
      relay: [{ clientId: 11 }, { clientId: 12 }],
    });
  });

  it("leaves out new states once the room holds its cap, and takes them again when room is made", () => {
    const relay = new PresenceRelay<string>(small);
    for (const [i, who] of ["a", "b", "c"].entries())
      relay.receive(who, [{ clientId: i, clock: 1, state: state(100) }]);
    expect(relay.bytes).toBe(300);
    expect(relay.receive("d", [{ clientId: 9, clock: 1, state: state(10) }])).toEqual({
      ok: true,
      relay: [],
      claimed: false,
    });
    relay.forget("a");
    expect(relay.receive("d", [{ clientId: 9, clock: 1, state: state(10) }])).toMatchObject({
      relay: [{ clientId: 9 }],
    });
    expect(relay.bytes).toBe(210);
  });

  it("holds the room's caps consistent: every connection within its cap fits in the room", () => {
    expect(RoomLimits.MAX_AWARENESS_BYTES).toBeGreaterThanOrEqual(
      RoomLimits.MAX_CONNECTIONS * RoomLimits.MAX_AWARENESS_BYTES_PER_CONNECTION,
    );
    // The IDE's own state (presence.ts's fields at their longest) is far inside the cap.
    const ide = JSON.stringify({
      user: { name: "N".repeat(100), color: "#e11d48", id: "u".repeat(32), joined: Date.now() },
      file: "f".repeat(21),
      cursor: {
        anchor: { type: null, tname: null, item: { client: 4294967295, clock: 99999999 }, assoc: 0 },
        head: { type: null, tname: null, item: { client: 4294967295, clock: 99999999 }, assoc: 0 },
      },
      agent: { name: "Claude Sonnet 4.5 (Anthropic)", activity: "editing", file: "f".repeat(21) },
    });
    expect(utf8Bytes(ide) * 4).toBeLessThan(RoomLimits.MAX_AWARENESS_STATE_BYTES);
  });
});

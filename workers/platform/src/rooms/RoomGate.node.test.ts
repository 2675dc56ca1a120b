import { describe, expect, it } from "vitest";
import { generateRoomTokenKey } from "../../../../scripts/lib/localSecrets.ts";
import type { RoomConnection } from "./RoomConnection.ts";
import { RoomGate } from "./RoomGate.ts";
import { signRoomToken, type RoomClaims } from "./roomToken.ts";

// As the launcher and the Worker tests make one.
const key = generateRoomTokenKey();
const owner: RoomClaims = { userId: "u1", projectId: "p1", role: "owner", accessVersion: 2 };
const token = async (claims: Partial<RoomClaims> = {}) => (await signRoomToken(key, { ...owner, ...claims })).token;
const request = (t: string) =>
  new Request(`http://room/api/projects/p1/sync?token=${encodeURIComponent(t)}`, {
    headers: { "x-wove-client-ip": "203.0.113.7" },
  });

/** A gate for project p1 whose room knows `version`, noting what it closes. */
function gate(version = 0) {
  const stored = { version };
  const closed: Array<[number, readonly string[]]> = [];
  const store = {
    readAccessVersion: () => stored.version,
    writeAccessVersion: (v: number) => void (stored.version = v),
  };
  const g = new RoomGate(store, key, "p1", (v, revoked) => closed.push([v, revoked]));
  return { gate: g, stored, closed };
}

describe("RoomGate", () => {
  it("admits a valid token for its project with what the socket may do", async () => {
    const { gate: g } = gate();
    expect(await g.admit(request(await token()), [])).toMatchObject({
      userId: "u1",
      role: "owner",
      clientIds: [],
      clocks: [],
      accessVersion: 2,
    });
    // A visitor is counted by its token and address.
    expect(await g.admit(request(await token({ userId: null, role: "viewer" })), [])).toMatchObject({
      visitor: { ip: "203.0.113.7" },
    });
  });

  it("refuses a valid token for another project as forbidden, and one that proves nothing as unauthenticated", async () => {
    const { gate: g, stored } = gate(1);
    expect(await g.admit(request(await token({ projectId: "p2", accessVersion: 9 })), [])).toBe("Forbidden");
    // Another project's version is not this room's.
    expect(stored.version).toBe(1);
    expect(await g.admit(request("garbage"), [])).toBe("Unauthenticated");
  });

  it("learns a newer version from a token, closes the sockets it outdates, and refuses older tokens", async () => {
    const { gate: g, stored, closed } = gate(1);
    await g.admit(request(await token({ accessVersion: 3 })), []);
    expect(stored.version).toBe(3);
    expect(closed).toEqual([[3, []]]);
    expect(await g.admit(request(await token({ accessVersion: 2 })), [])).toBe("AccessChanged");
    expect(g.learn(3)).toBe(0);
  });

  it("refreshes a socket with the connection as it is once the token is verified", async () => {
    const { gate: g } = gate();
    const before: RoomConnection = {
      userId: "u1",
      role: "owner",
      clientIds: [],
      clocks: [],
      accessVersion: 2,
      expiresAt: 1,
    };
    const result = await g.refresh(await token(), () => ({ ...before, clientIds: [7], clocks: [3] }));
    expect(result).toMatchObject({ connection: { clientIds: [7], clocks: [3], accessVersion: 2 } });
    expect(await g.refresh(await token({ projectId: "p2" }), () => before)).toEqual({ close: "Forbidden" });
  });
});

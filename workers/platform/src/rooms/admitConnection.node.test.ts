import { describe, expect, it } from "vitest";
import { admitConnection } from "./admitConnection.ts";
import type { RoomConnection } from "./RoomConnection.ts";

const limits = {
  MAX_CONNECTIONS: 10,
  MAX_ANONYMOUS_CONNECTIONS: 6,
  MAX_CONNECTIONS_PER_ANONYMOUS_TOKEN: 2,
  MAX_ANONYMOUS_CONNECTIONS_PER_IP: 3,
};
const open = { accessVersion: 1, expiresAt: Number.MAX_SAFE_INTEGER };
const member: RoomConnection = { userId: "u1", role: "owner", clientIds: [], clocks: [], ...open };
const visitorOn = (token: string, ip: string): RoomConnection => ({
  userId: null,
  role: "viewer",
  clientIds: [],
  clocks: [],
  ...open,
  visitor: { token, ip },
});

describe("admitConnection", () => {
  it("takes a visitor's few tabs on one token, then refuses the token", () => {
    const open = [visitorOn("t", "ip1"), visitorOn("t", "ip1")];
    expect(admitConnection(open.slice(0, 1), { token: "t", ip: "ip1" }, limits)).toBeNull();
    expect(admitConnection(open, { token: "t", ip: "ip1" }, limits)).toBe("TooManyConnections");
    expect(admitConnection(open, { token: "other", ip: "ip1" }, limits)).toBeNull();
  });

  it("refuses fresh tokens from one address past the per-IP count", () => {
    const open = ["a", "b", "c"].map((token) => visitorOn(token, "ip1"));
    expect(admitConnection(open, { token: "d", ip: "ip1" }, limits)).toBe("TooManyConnections");
    expect(admitConnection(open, { token: "d", ip: "ip2" }, limits)).toBeNull();
  });

  it("keeps the rest of the room for people who signed in once visitors fill their share", () => {
    const open = Array.from({ length: 6 }, (_, i) => visitorOn(`t${i}`, `ip${i}`));
    expect(admitConnection(open, { token: "new", ip: "new" }, limits)).toBe("RoomFull");
    expect(admitConnection(open, undefined, limits)).toBeNull();
    const full = [...open, member, member, member, member];
    expect(admitConnection(full, undefined, limits)).toBe("RoomFull");
  });
});

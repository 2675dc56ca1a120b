import { describe, expect, it } from "vitest";
import { admitToken, closeForVersion, learnAccessVersion, refreshConnection } from "./accessVersion.ts";
import type { RoomConnection } from "./RoomConnection.ts";
import type { VerifiedRoomToken } from "./roomToken.ts";

const editor: RoomConnection = {
  userId: "u1",
  role: "editor",
  clientIds: [],
  clocks: [],
  accessVersion: 3,
  expiresAt: 1_000,
};
const token = (over: Partial<VerifiedRoomToken> = {}): VerifiedRoomToken => ({
  userId: "u1",
  projectId: "p",
  role: "editor",
  accessVersion: 3,
  expiresAt: 9_000,
  tokenId: "t1",
  ...over,
});

describe("access versions", () => {
  it("only ever move forward, whoever tells the room", () => {
    expect(learnAccessVersion(0, 1)).toBe(1);
    expect(learnAccessVersion(4, 2)).toBe(4);
  });

  it("admit any valid token in a room never told, and refuse tokens older than the room's version", () => {
    expect(admitToken(token({ accessVersion: 0 }), "p", 0)).toBeNull();
    expect(admitToken(token(), "p", 3)).toBeNull();
    expect(admitToken(token({ accessVersion: 2 }), "p", 3)).toBe("AccessChanged");
    expect(admitToken(null, "p", 0)).toBe("Unauthenticated");
  });

  it("refuse a valid token for another project as forbidden, at connect and on refresh", () => {
    expect(admitToken(token({ projectId: "other" }), "p", 0)).toBe("Forbidden");
    expect(refreshConnection(editor, token({ projectId: "other" }), "p", 3)).toEqual({ close: "Forbidden" });
  });

  it("close sockets whose tokens predate the version: revoked people hear so, the rest reconnect", () => {
    expect(closeForVersion(editor, 3)).toBeNull();
    expect(closeForVersion(editor, 4)).toBe("AccessChanged");
    expect(closeForVersion(editor, 4, ["u1"])).toBe("AccessRevoked");
    expect(closeForVersion({ ...editor, userId: null }, 4, ["u1"])).toBe("AccessChanged");
  });

  it("extend a socket's life with a fresh token for the same person, role and version", () => {
    expect(refreshConnection(editor, token({ accessVersion: 4 }), "p", 4)).toEqual({
      connection: { ...editor, accessVersion: 4, expiresAt: 9_000 },
    });
  });

  it("close a socket whose refresh is invalid, someone else's, stale or for another role", () => {
    expect(refreshConnection(editor, null, "p", 3)).toEqual({ close: "Unauthenticated" });
    expect(refreshConnection(editor, token({ userId: "u2" }), "p", 3)).toEqual({ close: "Unauthenticated" });
    expect(refreshConnection(editor, token({ userId: null }), "p", 3)).toEqual({ close: "Unauthenticated" });
    expect(refreshConnection(editor, token({ accessVersion: 2 }), "p", 3)).toEqual({ close: "AccessChanged" });
    expect(refreshConnection(editor, token({ role: "viewer" }), "p", 3)).toEqual({ close: "RoleChanged" });
  });
});

import { evictDurableObject } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { RoomClose, writeAuthToken } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { signRoomToken, verifyRoomToken } from "../src/rooms/roomToken.ts";
import { Client, signUp } from "./lib/Client.ts";
import { RoomPeer } from "./lib/RoomPeer.ts";
import { share } from "./lib/share.ts";

// Issue 14 item 3: access, once granted, is taken back from an open room.

type Person = Client & { email: string; userId: string };

async function projectWith(visibility = "private") {
  const owner = await signUp();
  const res = await owner.json<{ id: string }>("/api/projects", { method: "POST", json: { name: "Room", visibility } });
  return { owner, id: res.body.id };
}

async function addTeam(owner: Client, id: string, teamId: string, role: string) {
  const res = await owner.json<{ member: { id: number } }>(`/api/projects/${id}/members`, {
    method: "POST",
    json: { teamId, role },
  });
  if (res.status !== 201) throw new Error(`sharing with the team failed: ${JSON.stringify(res.body)}`);
  return res.body.member.id;
}

async function tokenFor(client: Client, id: string): Promise<string> {
  const res = await client.json<{ token: string }>(`/api/projects/${id}/room-token`, { method: "POST" });
  if (res.status !== 200) throw new Error(`no room token: ${JSON.stringify(res.body)}`);
  return res.body.token;
}

/** A token like the platform's for `person`, but living only `ttlSeconds` (signed with the test key). */
async function shortToken(person: Client, id: string, ttlSeconds: number): Promise<string> {
  const claims = await verifyRoomToken(env.ROOM_TOKEN_PRIVATE_KEY, await tokenFor(person, id), id);
  if (!claims) throw new Error("the platform's token did not verify");
  return (await signRoomToken(env.ROOM_TOKEN_PRIVATE_KEY, claims, ttlSeconds)).token;
}

/** A team of `owner`'s with `people` in it (invited and accepted, as a person would). */
async function teamOf(owner: Client, people: Person[]): Promise<string> {
  const team = await owner.json<{ id: string }>("/api/auth/organization/create", {
    method: "POST",
    json: { name: "Team", slug: `team-${crypto.randomUUID()}` },
  });
  for (const person of people) {
    const invite = await owner.json<{ id: string }>("/api/auth/organization/invite-member", {
      method: "POST",
      json: { email: person.email, role: "member", organizationId: team.body.id },
    });
    const accepted = await person.json("/api/auth/organization/accept-invitation", {
      method: "POST",
      json: { invitationId: invite.body.id },
    });
    if (accepted.status !== 200) throw new Error(`joining the team failed: ${JSON.stringify(accepted.body)}`);
  }
  return team.body.id;
}

const closedCode = (peer: RoomPeer) => peer.closed?.code;

describe("taking access back from an open room", () => {
  it("refuses a removed member's old token and closes their open socket", async () => {
    const { owner, id } = await projectWith();
    const editor = await signUp();
    const memberId = await share(owner, id, editor, "editor");
    const kept = await tokenFor(editor, id);
    const open = await RoomPeer.join(editor, id);
    const ownerPeer = await RoomPeer.join(owner, id);

    await owner.fetch(`/api/projects/${id}/members/${memberId}`, { method: "DELETE" });
    await expect.poll(() => closedCode(open)).toBe(RoomClose.AccessRevoked.code);
    const again = await RoomPeer.connect(id, kept);
    await expect.poll(() => closedCode(again)).toBe(RoomClose.AccessChanged.code);
    again.doc.getText("t").insert(0, "still here?");
    // The owner's own socket reconnects with a fresh token and sees nothing of it.
    await expect.poll(() => closedCode(ownerPeer)).toBe(RoomClose.AccessChanged.code);
    const witness = await RoomPeer.join(owner, id);
    witness.doc.getText("t").insert(0, "owner");
    const later = await RoomPeer.join(owner, id);
    await expect.poll(() => later.text).toBe("owner");
    for (const peer of [witness, later]) peer.close();
  });

  it("refuses a demoted editor's old token; they rejoin as a viewer", async () => {
    const { owner, id } = await projectWith();
    const editor = await signUp();
    const memberId = await share(owner, id, editor, "editor");
    const kept = await tokenFor(editor, id);
    const open = await RoomPeer.join(editor, id);

    await owner.json(`/api/projects/${id}/members/${memberId}`, { method: "PATCH", json: { role: "viewer" } });
    await expect.poll(() => closedCode(open)).toBe(RoomClose.AccessChanged.code);
    const stale = await RoomPeer.connect(id, kept);
    await expect.poll(() => closedCode(stale)).toBe(RoomClose.AccessChanged.code);

    const viewer = await RoomPeer.join(editor, id);
    viewer.doc.getText("t").insert(0, "an editor's words");
    await expect.poll(() => viewer.denied.some((r) => r.includes("read-only"))).toBe(true);
    // The owner's writes arrive; the refused ones never did.
    const witness = await RoomPeer.join(owner, id);
    witness.doc.getText("t").insert(0, "owner");
    const later = await RoomPeer.join(owner, id);
    await expect.poll(() => later.text).toBe("owner");
    for (const peer of [viewer, witness, later]) peer.close();
  });

  it("closes an anonymous reader's socket and refuses its older token when an unlisted project turns private", async () => {
    const { owner, id } = await projectWith("unlisted");
    const visitor = new Client();
    const kept = await tokenFor(visitor, id);
    const reader = await RoomPeer.join(visitor, id);

    const res = await owner.json(`/api/projects/${id}`, { method: "PATCH", json: { visibility: "private" } });
    expect(res.status).toBe(200);
    await expect.poll(() => closedCode(reader)).toBe(RoomClose.AccessChanged.code);
    const stale = await RoomPeer.connect(id, kept);
    await expect.poll(() => closedCode(stale)).toBe(RoomClose.AccessChanged.code);
    // And a fresh token is not to be had.
    expect((await visitor.json(`/api/projects/${id}/room-token`, { method: "POST" })).status).toBe(404);
  });

  it("disconnects a person removed from a team, or who leaves it, in every project the team reaches", async () => {
    const owner = await signUp();
    const [removed, leaver, stays] = (await Promise.all([signUp(), signUp(), signUp()])) as Person[];
    if (!removed || !leaver || !stays) throw new Error("sign-up failed");
    const teamId = await teamOf(owner, [removed, leaver, stays]);
    const ids: string[] = [];
    for (const name of ["One", "Two"]) {
      const res = await owner.json<{ id: string }>("/api/projects", {
        method: "POST",
        json: { name, visibility: "private" },
      });
      if (res.status !== 201) throw new Error(`project creation failed: ${JSON.stringify(res.body)}`);
      ids.push(res.body.id);
      await addTeam(owner, res.body.id, teamId, "editor");
    }
    const peers = async (person: Client) => Promise.all(ids.map((id) => RoomPeer.join(person, id)));
    const removedPeers = await peers(removed);

    const res = await owner.json("/api/auth/organization/remove-member", {
      method: "POST",
      json: { memberIdOrEmail: removed.email, organizationId: teamId },
    });
    expect(res.status).toBe(200);
    for (const peer of removedPeers) await expect.poll(() => closedCode(peer)).toBe(RoomClose.AccessRevoked.code);
    for (const id of ids)
      expect((await removed.json(`/api/projects/${id}/room-token`, { method: "POST" })).status).toBe(404);

    // Everyone else's sockets reconnected with fresh tokens (the versions moved on).
    const leaverPeers = await peers(leaver);
    const left = await leaver.json("/api/auth/organization/leave", {
      method: "POST",
      json: { organizationId: teamId },
    });
    expect(left.status).toBe(200);
    for (const peer of leaverPeers) await expect.poll(() => closedCode(peer)).toBe(RoomClose.AccessRevoked.code);

    // Someone still in the team reconnects and still writes.
    const stayer = await RoomPeer.join(stays, ids[0] ?? "");
    stayer.doc.getText("t").insert(0, "still a team member");
    const witness = await RoomPeer.join(owner, ids[0] ?? "");
    await expect.poll(() => witness.text).toBe("still a team member");
    for (const peer of [stayer, witness]) peer.close();
  });

  it("closes a team's sockets when its role on a project changes or its share is removed", async () => {
    const { owner, id } = await projectWith();
    const person = (await signUp()) as Person;
    const teamId = await teamOf(owner, [person]);
    const memberId = await addTeam(owner, id, teamId, "editor");
    const open = await RoomPeer.join(person, id);

    await owner.json(`/api/projects/${id}/members/${memberId}`, { method: "PATCH", json: { role: "viewer" } });
    await expect.poll(() => closedCode(open)).toBe(RoomClose.AccessChanged.code);
    const viewer = await RoomPeer.join(person, id);
    viewer.doc.getText("t").insert(0, "x");
    await expect.poll(() => viewer.denied.some((r) => r.includes("read-only"))).toBe(true);

    await owner.fetch(`/api/projects/${id}/members/${memberId}`, { method: "DELETE" });
    await expect.poll(() => closedCode(viewer)).toBe(RoomClose.AccessRevoked.code);
  });

  it("closes a socket once its token expires, even in a room woken from hibernation", async () => {
    const { owner, id } = await projectWith();
    // One token for both, so both are over at the same moment: with two, signed a moment
    // apart, the writer's could outlive the listener's by a second and its edit be on time.
    const token = await shortToken(owner, id, 2);
    const listener = await RoomPeer.connect(id, token);
    const writer = await RoomPeer.connect(id, token);
    await evictDurableObject(env.ROOMS.getByName(id), { webSockets: "hibernate" });
    // The listener only listens: the room's alarm closes it. The writer's edit comes after
    // that, so whichever reaches it first, the alarm or the edit, it is closed unapplied.
    await expect.poll(() => closedCode(listener), { timeout: 15_000 }).toBe(RoomClose.Unauthenticated.code);
    writer.doc.getText("t").insert(0, "too late");
    await expect.poll(() => closedCode(writer), { timeout: 15_000 }).toBe(RoomClose.Unauthenticated.code);
    const witness = await RoomPeer.join(owner, id);
    witness.doc.getText("t").insert(0, "owner");
    const later = await RoomPeer.join(owner, id);
    await expect.poll(() => later.text).toBe("owner");
    for (const peer of [witness, later]) peer.close();
  });

  it("keeps a person editing across a token refresh on the open socket", async () => {
    const { owner, id } = await projectWith();
    const peer = await RoomPeer.connect(id, await shortToken(owner, id, 2));
    peer.ws.send(writeAuthToken(await tokenFor(owner, id)));
    const witness = await RoomPeer.join(owner, id);
    // Past the first token's expiry: an alarm and a write both find the socket's new expiry.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    peer.doc.getText("t").insert(0, "still typing");
    await expect.poll(() => witness.text).toBe("still typing");
    expect(peer.closed).toBeNull();
    for (const p of [peer, witness]) p.close();
  });

  it("closes a socket that presents someone else's token, or a stale one, as its refresh", async () => {
    const { owner, id } = await projectWith();
    const editor = await signUp();
    const memberId = await share(owner, id, editor, "editor");
    const theirs = await tokenFor(editor, id);
    const peer = await RoomPeer.join(owner, id);
    peer.ws.send(writeAuthToken(theirs));
    await expect.poll(() => closedCode(peer)).toBe(RoomClose.Unauthenticated.code);

    const old = await tokenFor(editor, id);
    const open = await RoomPeer.join(editor, id);
    await owner.json(`/api/projects/${id}/members/${memberId}`, { method: "PATCH", json: { role: "viewer" } });
    await expect.poll(() => closedCode(open)).toBe(RoomClose.AccessChanged.code);
    const fresh = await RoomPeer.join(editor, id);
    fresh.ws.send(writeAuthToken(old));
    await expect.poll(() => closedCode(fresh)).toBe(RoomClose.AccessChanged.code);
  });

  it("learns a newer access version from a token when it missed the Worker's word, and closes older sockets", async () => {
    const { owner, id } = await projectWith();
    const older = await RoomPeer.join(owner, id);
    const claims = await verifyRoomToken(env.ROOM_TOKEN_PRIVATE_KEY, await tokenFor(owner, id), id);
    if (!claims) throw new Error("the platform's token did not verify");
    const newer = await signRoomToken(env.ROOM_TOKEN_PRIVATE_KEY, {
      ...claims,
      accessVersion: claims.accessVersion + 1,
    });
    const peer = await RoomPeer.connect(id, newer.token);
    await expect.poll(() => closedCode(older)).toBe(RoomClose.AccessChanged.code);
    expect(peer.closed).toBeNull();
    peer.close();
  });
});

import { describe, expect, it } from "vitest";
import { Client, confirmEmail, signUp } from "./lib/Client.ts";
import { readDevMailbox } from "./lib/devMailbox.ts";
import { share } from "./lib/share.ts";

type Member = { id: number; role: string; user?: { id: string; email: string } };

async function project(owner: Client, visibility = "private") {
  const res = await owner.json<{ id: string }>("/api/projects", {
    method: "POST",
    json: { name: "Team work", visibility },
  });
  return res.body.id;
}

async function members(client: Client, id: string) {
  return (
    await client.json<{ members: Member[]; invitations: Array<{ email: string }> }>(`/api/projects/${id}/members`)
  ).body;
}

describe("members", () => {
  it("answers adding a confirmed account's email exactly as it answers an unknown email, so an owner cannot tell which exists", async () => {
    const alice = await signUp("Alice");
    const bob = await signUp("Bob");
    const id = await project(alice);
    const unknown = `nobody-${Date.now()}@example.com`;
    const add = (email: string) =>
      alice.json<Record<string, unknown>>(`/api/projects/${id}/members`, {
        method: "POST",
        json: { email, role: "editor" },
      });
    const known = await add(bob.email);
    const other = await add(unknown);

    expect(known.status).toBe(other.status);
    expect(shapeOf(known.body)).toEqual(shapeOf(other.body));
    // The list shows both as the same kind of entry, and neither as a member yet.
    const listed = await members(alice, id);
    expect(listed.members).toHaveLength(1);
    expect(listed.invitations.map((i) => i.email).sort()).toEqual([bob.email, unknown].sort());
    expect(shapeOf(listed.invitations[0])).toEqual(shapeOf(listed.invitations[1]));
    // Both get the same email, and Bob is not on the project until he accepts.
    const [toBob] = await readDevMailbox(bob.email);
    const [toUnknown] = await readDevMailbox(unknown);
    expect(toBob?.subject).toBe(toUnknown?.subject);
    expect((await bob.json(`/api/projects/${id}`)).status).toBe(404);
  });

  it("invites an existing user, who joins only by accepting, and refuses duplicates, unknown roles and inviting yourself", async () => {
    const alice = await signUp("Alice");
    const bob = await signUp();
    const id = await project(alice);
    const invited = await alice.json<{ invitation: { email: string; role: string } }>(`/api/projects/${id}/members`, {
      method: "POST",
      json: { email: bob.email.toUpperCase(), role: "editor" },
    });
    expect(invited.status).toBe(202);
    expect(invited.body.invitation).toMatchObject({ email: bob.email, role: "editor" });
    expect((await bob.json(`/api/projects/${id}`)).status).toBe(404);
    const told = await readDevMailbox(bob.email);
    expect(told[0]?.subject).toContain("Alice invited you");

    const memberId = await share(alice, id, bob, "editor");
    expect((await bob.json(`/api/projects/${id}`)).body).toMatchObject({ role: "editor" });
    expect((await members(alice, id)).members.find((m) => m.id === memberId)).toMatchObject({
      role: "editor",
      user: { id: bob.userId },
    });

    const again = await alice.json(`/api/projects/${id}/members`, {
      method: "POST",
      json: { email: bob.email, role: "viewer" },
    });
    expect(again.status).toBe(409);
    const badRole = await alice.json(`/api/projects/${id}/members`, {
      method: "POST",
      json: { email: bob.email, role: "admin" },
    });
    expect(badRole.status).toBe(400);
    const self = await alice.json(`/api/projects/${id}/members`, {
      method: "POST",
      json: { email: alice.email, role: "viewer" },
    });
    expect(self).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining("yourself") } } });
    expect((await members(alice, id)).members).toHaveLength(2);
  });

  it("lists a person's pending invitations in the app, where only they can accept one", async () => {
    const alice = await signUp("Alice");
    const bob = await signUp();
    const stranger = await signUp();
    const id = await project(alice);
    await alice.json(`/api/projects/${id}/members`, { method: "POST", json: { email: bob.email, role: "viewer" } });

    const pending = await bob.json<{ invitations: Array<{ id: string }> }>("/api/invitations");
    expect(pending.body.invitations).toEqual([
      {
        id: expect.any(String),
        role: "viewer",
        project: { id, name: "Team work" },
        invitedBy: { name: "Alice" },
        expiresAt: expect.any(String),
      },
    ]);
    expect((await stranger.json<{ invitations: unknown[] }>("/api/invitations")).body.invitations).toEqual([]);
    expect((await new Client().json("/api/invitations")).status).toBe(401);

    const accept = `/api/projects/${id}/invitations/${pending.body.invitations[0]?.id}/accept`;
    expect((await stranger.json(accept, { method: "POST" })).status).toBe(403);
    expect((await stranger.json(`/api/projects/${id}`)).status).toBe(404);
    const accepted = await bob.json<{ project: { id: string; role: string } }>(accept, { method: "POST" });
    expect(accepted).toMatchObject({ status: 200, body: { project: { id, role: "viewer" } } });
    expect((await bob.json(accept, { method: "POST" })).status).toBe(410);
    expect((await bob.json<{ invitations: unknown[] }>("/api/invitations")).body.invitations).toEqual([]);
    expect((await members(alice, id)).invitations).toEqual([]);
    expect((await bob.json(`/api/projects/${id}/invitations/no-such-id/accept`, { method: "POST" })).status).toBe(404);
  });

  it("invites someone without an account; they sign up with that email and accept from the link", async () => {
    const alice = await signUp("Alice");
    const id = await project(alice);
    const email = `invitee-${Date.now()}@example.com`;
    const invited = await alice.json<{ invitation: { email: string } }>(`/api/projects/${id}/members`, {
      method: "POST",
      json: { email, role: "editor" },
    });
    expect(invited.status).toBe(202);
    expect((await members(alice, id)).invitations.map((i) => i.email)).toEqual([email]);

    const mail = await readDevMailbox(email);
    expect(mail[0]?.subject).toContain("Alice invited you");
    const token = mail[0]?.text.match(/\/invitations\/([\w-]+)/)?.[1] ?? "";

    const anon = new Client();
    const shown = await anon.json(`/api/invitations/${token}`);
    expect(shown.body).toMatchObject({
      invitation: { email, role: "editor", project: { id }, invitedBy: { name: "Alice" } },
    });
    expect((await anon.json(`/api/invitations/${token}/accept`, { method: "POST" })).status).toBe(401);

    const stranger = await signUp();
    const wrong = await stranger.json(`/api/invitations/${token}/accept`, { method: "POST" });
    expect(wrong).toMatchObject({ status: 403, body: { error: { message: expect.stringContaining(email) } } });

    const invitee = new Client();
    await invitee.json("/api/auth/sign-up/email", {
      method: "POST",
      json: { name: "Invitee", email, password: "correct horse battery" },
    });
    await confirmEmail(invitee, email);
    const accepted = await invitee.json<{ project: { id: string; role: string } }>(`/api/invitations/${token}/accept`, {
      method: "POST",
    });
    expect(accepted.body.project).toMatchObject({ id, role: "editor" });
    expect((await invitee.json(`/api/invitations/${token}/accept`, { method: "POST" })).status).toBe(410);
    expect((await invitee.json("/api/invitations/not-a-real-token")).status).toBe(404);
  });

  it("revokes a pending invitation so its link stops working", async () => {
    const alice = await signUp();
    const id = await project(alice);
    const email = `revoked-${Date.now()}@example.com`;
    const { invitation } = (
      await alice.json<{ invitation: { id: string } }>(`/api/projects/${id}/members`, {
        method: "POST",
        json: { email, role: "viewer" },
      })
    ).body;
    const mail = await readDevMailbox(email);
    const token = mail[0]?.text.match(/\/invitations\/([\w-]+)/)?.[1] ?? "";
    expect((await new Client().json(`/api/invitations/${token}`)).status).toBe(200);

    const stranger = await signUp();
    expect(
      (await stranger.fetch(`/api/projects/${id}/invitations/${invitation.id}`, { method: "DELETE" })).status,
    ).toBe(404);
    expect((await alice.fetch(`/api/projects/${id}/invitations/${invitation.id}`, { method: "DELETE" })).status).toBe(
      204,
    );
    expect((await new Client().json(`/api/invitations/${token}`)).status).toBe(404);
    expect((await members(alice, id)).invitations).toEqual([]);
    expect((await alice.fetch(`/api/projects/${id}/invitations/${invitation.id}`, { method: "DELETE" })).status).toBe(
      404,
    );
  });

  it("shows member emails to members only, never to visitors of a public project", async () => {
    const alice = await signUp();
    const id = await project(alice, "public");
    const asMember = await members(alice, id);
    expect(asMember.members[0]?.user?.email).toBe(alice.email);
    const asVisitor = await new Client().json(`/api/projects/${id}/members`);
    expect(asVisitor.status).toBe(200);
    expect(JSON.stringify(asVisitor.body)).not.toContain(alice.email);
  });

  it("changes roles, lets members leave, and never loses the last owner", async () => {
    const alice = await signUp();
    const bob = await signUp();
    const id = await project(alice);
    const bobMember = { id: await share(alice, id, bob, "viewer") };
    const aliceMember = (await members(alice, id)).members.find((m) => m.user?.id === alice.userId);
    if (!aliceMember) throw new Error("owner is not a member");

    const promoted = await alice.json<{ member: Member }>(`/api/projects/${id}/members/${bobMember.id}`, {
      method: "PATCH",
      json: { role: "owner" },
    });
    expect(promoted.body.member.role).toBe("owner");

    // The owner of record cannot be demoted or removed, even with another owner around.
    const demote = await bob.json(`/api/projects/${id}/members/${aliceMember.id}`, {
      method: "PATCH",
      json: { role: "editor" },
    });
    expect(demote).toMatchObject({ status: 409, body: { error: { message: expect.stringContaining("transfer") } } });
    expect((await alice.fetch(`/api/projects/${id}/members/${aliceMember.id}`, { method: "DELETE" })).status).toBe(409);

    // Bob leaves on his own.
    expect((await bob.fetch(`/api/projects/${id}/members/${bobMember.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await bob.json(`/api/projects/${id}`)).status).toBe(404);
    expect((await members(alice, id)).members).toHaveLength(1);
    expect(
      (await alice.json(`/api/projects/${id}/members/999999`, { method: "PATCH", json: { role: "viewer" } })).status,
    ).toBe(404);
  });

  it("transfers ownership to a member, who takes the project into their namespace", async () => {
    const alice = await signUp();
    const bob = await signUp();
    const id = await project(alice);
    expect(
      (await alice.json(`/api/projects/${id}/transfer`, { method: "POST", json: { userId: bob.userId } })).status,
    ).toBe(400);
    await share(alice, id, bob, "editor");
    const moved = await alice.json<{ owner: { id: string }; role: string }>(`/api/projects/${id}/transfer`, {
      method: "POST",
      json: { userId: bob.userId },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ owner: { id: bob.userId }, role: "editor" });
    expect((await bob.json(`/api/projects/${id}`)).body).toMatchObject({ role: "owner" });
    expect((await alice.json(`/api/projects/${id}`, { method: "PATCH", json: { name: "Mine?" } })).status).toBe(403);
  });
});

/** The keys of a JSON value, nested, with every leaf replaced by its type. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, v]) => [key, shapeOf(v)]),
    );
  }
  return typeof value;
}

import { describe, expect, it } from "vitest";
import { Client, confirmEmail, signUp } from "./lib/Client.ts";
import { readDevMailbox } from "./lib/devMailbox.ts";

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
  it("adds an existing user directly and refuses duplicates, unknown roles and inviting yourself", async () => {
    const alice = await signUp();
    const bob = await signUp();
    const id = await project(alice);
    const added = await alice.json<{ member: Member }>(`/api/projects/${id}/members`, {
      method: "POST",
      json: { email: bob.email.toUpperCase(), role: "editor" },
    });
    expect(added.status).toBe(201);
    expect(added.body.member).toMatchObject({ role: "editor", user: { id: bob.userId } });
    expect((await bob.json(`/api/projects/${id}`)).body).toMatchObject({ role: "editor" });
    const told = await readDevMailbox(bob.email);
    expect(told[0]?.subject).toContain("added you");
    expect(told[0]?.text).toContain(`/p/${id}`);

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
    const { member: bobMember } = (
      await alice.json<{ member: Member }>(`/api/projects/${id}/members`, {
        method: "POST",
        json: { email: bob.email, role: "viewer" },
      })
    ).body;
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
    await alice.json(`/api/projects/${id}/members`, { method: "POST", json: { email: bob.email, role: "editor" } });
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

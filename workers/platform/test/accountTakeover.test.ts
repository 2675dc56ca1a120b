import { createDb, user } from "@wove/db";
import { env } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { Client, linkInMail, PASSWORD, signUp, signUpUnconfirmed } from "./lib/Client.ts";
import { readDevMailbox } from "./lib/devMailbox.ts";

/** Issue 14 items 4 (accounts can be pre-hijacked) and 9 (sign-in limiting locks out the victim). */

let emails = 0;
const freshEmail = (who: string) => `${who}-${Date.now()}-${emails++}@example.com`;

async function createProject(owner: Client, name = "Shared") {
  const res = await owner.json<{ id: string }>("/api/projects", {
    method: "POST",
    json: { name, visibility: "private" },
  });
  if (res.status !== 201) throw new Error(`project creation failed: ${JSON.stringify(res.body)}`);
  return res.body.id;
}

async function signIn(client: Client, email: string, password = PASSWORD) {
  return client.json<{ error?: { code: string; message: string; details?: { reason?: string } } }>(
    "/api/auth/sign-in/email",
    { method: "POST", json: { email, password } },
  );
}

/** Follows the newest magic link mailed to `email` in `client`. */
async function followMagicLink(client: Client, email: string) {
  return client.fetch(await linkInMail(email, /\/magic-link\/verify\?/), { redirect: "manual" });
}

/** Sets whether `userId`'s email counts as proven, straight in Postgres. */
async function setEmailVerified(userId: string, emailVerified: boolean) {
  const { db, pool } = createDb(env);
  await db.update(user).set({ emailVerified }).where(eq(user.id, userId));
  await pool.end();
}

describe("an account whose email is not proven", () => {
  it("cannot sign in, hold a session or create API keys: sign-in says to confirm the email", async () => {
    const victim = freshEmail("victim");
    const squatter = await signUpUnconfirmed("Squatter", victim);
    expect(squatter.client.cookie).not.toContain("session_token");
    expect((await squatter.client.json("/api/auth/get-session")).body).toBeNull();

    const refused = await signIn(squatter.client, victim);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({
      code: "forbidden",
      message: expect.stringMatching(/confirm your email.*we sent a link/i),
      details: { reason: "EMAIL_NOT_VERIFIED" },
    });
    expect(squatter.client.cookie).not.toContain("session_token");
    const key = await squatter.client.json("/api/keys", {
      method: "POST",
      json: { name: "mine", scopes: ["projects:read"] },
    });
    expect(key.status).toBe(401);
    // Both confirmation links (sign-up's, sign-in's) went to the address, not to the squatter.
    expect((await readDevMailbox(victim)).filter((m) => /confirm your email/i.test(m.subject))).toHaveLength(2);
  });

  it("is invited, not added, by a project owner: the same answer and email as for an unknown address", async () => {
    const owner = await signUp("Owner");
    const id = await createProject(owner);
    const squatted = freshEmail("squatted");
    await signUpUnconfirmed("Squatter", squatted);
    const unknown = freshEmail("unknown");

    const answers = [];
    for (const email of [squatted, unknown]) {
      const res = await owner.json<{ invitation: Record<string, unknown> }>(`/api/projects/${id}/members`, {
        method: "POST",
        json: { email, role: "editor" },
      });
      const [mail] = await readDevMailbox(email);
      answers.push({
        status: res.status,
        shape: Object.keys(res.body).concat(Object.keys(res.body.invitation ?? {})),
        subject: mail?.subject,
      });
    }
    expect(answers[0]).toEqual(answers[1]);
    expect(answers[0]).toMatchObject({ status: 202, subject: expect.stringContaining("invited you") });
    const members = await owner.json<{ members: Array<{ user?: { email: string } }> }>(`/api/projects/${id}/members`);
    expect(members.body.members.map((m) => m.user?.email)).not.toContain(squatted);
  });

  it("answers a sign-up with a taken email as any other sign-up, and mails the address a sign-in link", async () => {
    const taken = await signUp("Holder");
    const again = new Client();
    const fresh = new Client();
    const duplicate = await again.json<{ user: Record<string, unknown> }>("/api/auth/sign-up/email", {
      method: "POST",
      json: { name: "Again", email: taken.email, password: "another password!" },
    });
    const created = await fresh.json<{ user: Record<string, unknown> }>("/api/auth/sign-up/email", {
      method: "POST",
      json: { name: "Fresh", email: freshEmail("fresh"), password: PASSWORD },
    });
    expect(duplicate.status).toBe(created.status);
    expect(Object.keys(duplicate.body.user).sort()).toEqual(Object.keys(created.body.user).sort());
    expect(duplicate.body.user).toMatchObject({ emailVerified: false });
    expect(again.cookie).not.toContain("session_token");
    expect(await linkInMail(taken.email, /\/magic-link\/verify\?/)).toBeTruthy();
  });

  it("loses everything its holder made once the email's owner proves it with a link", async () => {
    const owner = await signUp("Owner");
    const shared = await createProject(owner, "Owner's");
    const victim = freshEmail("victim");
    const squatter = await signUpUnconfirmed("Squatter", victim);

    // An account from before emails had to be proven: its holder signed in, made a key, was
    // added to a project and invited someone. (Proven for a moment, then unproven again, as
    // every account was before this rule.)
    await setEmailVerified(squatter.userId, true);
    expect((await signIn(squatter.client, victim)).status).toBe(200);
    const key = await squatter.client.json<{ key: string }>("/api/keys", {
      method: "POST",
      json: { name: "stay", scopes: ["projects:read"] },
    });
    expect(key.status).toBe(201);
    const invited = await owner.json(`/api/projects/${shared}/members`, {
      method: "POST",
      json: { email: victim, role: "editor" },
    });
    expect(invited.status).toBe(202);
    const pending = await squatter.client.json<{ invitations: Array<{ id: string }> }>("/api/invitations");
    const accepted = await squatter.client.json(
      `/api/projects/${shared}/invitations/${pending.body.invitations[0]?.id}/accept`,
      {
        method: "POST",
      },
    );
    expect(accepted.status).toBe(200);
    const own = await createProject(squatter.client, "Squatter's");
    const invitee = freshEmail("invited");
    await squatter.client.json(`/api/projects/${own}/members`, {
      method: "POST",
      json: { email: invitee, role: "viewer" },
    });
    const invitation = await linkInMail(invitee, /\/invitations\//);
    await setEmailVerified(squatter.userId, false);

    // Until the email is proven, the key is worth nothing.
    const bearer = Object.assign(new Client(), { bearer: key.body.key });
    expect((await bearer.json(`/api/projects/${shared}`)).status).toBe(404);

    // The owner of the address signs in with an emailed link.
    const real = new Client();
    await real.fetch("/api/auth/sign-in/magic-link", { method: "POST", json: { email: victim, callbackURL: "/" } });
    expect((await followMagicLink(real, victim)).status).toBe(302);
    const session = await real.json<{ user: { id: string; emailVerified: boolean } }>("/api/auth/get-session");
    expect(session.body.user).toMatchObject({ id: squatter.userId, emailVerified: true });

    await setEmailVerified(squatter.userId, true); // it is now: nothing below passes for being unproven
    expect((await bearer.json(`/api/projects/${shared}`)).status).toBe(404);
    const members = await owner.json<{ members: Array<{ user?: { id: string } }> }>(`/api/projects/${shared}/members`);
    expect(members.body.members.map((m) => m.user?.id)).not.toContain(squatter.userId);
    const projects = await real.json<{ projects: Array<{ id: string }> }>("/api/projects");
    expect(projects.body.projects.map((p) => p.id)).toEqual([]);
    expect((await new Client().json(invitation.replace(/^\/invitations\//, "/api/invitations/"))).status).toBe(404);
    expect((await signIn(new Client(), victim)).status).toBe(401);
  });
});

describe("password sign-in limiting", () => {
  it("never counts a right password, and a right password clears the wrong ones before it", async () => {
    const alice = await signUp();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) expect((await signIn(new Client(), alice.email, "wrong password!")).status).toBe(401);
      expect((await signIn(new Client(), alice.email)).status).toBe(200);
    }
    for (let i = 0; i < 12; i++) expect((await signIn(new Client(), alice.email)).status).toBe(200);
  });

  it("after ten wrong passwords sends the right one to an emailed link, which signs in", async () => {
    const alice = await signUp();
    for (let i = 0; i < 10; i++) expect((await signIn(new Client(), alice.email, "wrong password!")).status).toBe(401);
    const owner = new Client();
    const right = await signIn(owner, alice.email);
    expect(right.status).toBe(429);
    expect(Number(right.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(right.body.error).toMatchObject({
      code: "rate_limited",
      message: expect.stringContaining("sign in with a link"),
      details: { reason: "USE_EMAIL_LINK" },
    });
    await owner.fetch("/api/auth/sign-in/magic-link", {
      method: "POST",
      json: { email: alice.email, callbackURL: "/" },
    });
    expect((await followMagicLink(owner, alice.email)).status).toBe(302);
    expect((await owner.json("/api/projects")).status).toBe(200);
  });

  it("forgets an email's wrong passwords once its owner proves the address with an emailed link", async () => {
    const alice = await signUp();
    for (let i = 0; i < 10; i++) expect((await signIn(new Client(), alice.email, "wrong password!")).status).toBe(401);
    expect((await signIn(new Client(), alice.email)).status).toBe(429);

    const owner = new Client();
    await owner.fetch("/api/auth/sign-in/magic-link", {
      method: "POST",
      json: { email: alice.email, callbackURL: "/" },
    });
    expect((await followMagicLink(owner, alice.email)).status).toBe(302);

    // The guesses before the link no longer count: the password works again, and the
    // next guesses start a new count.
    expect((await signIn(new Client(), alice.email)).status).toBe(200);
    for (let i = 0; i < 9; i++) expect((await signIn(new Client(), alice.email, "wrong password!")).status).toBe(401);
    expect((await signIn(new Client(), alice.email)).status).toBe(200);
  });

  it("counts every client in one bucket when no proxy is trusted: a forged CF-Connecting-IP dodges nothing", async () => {
    const local = { TRUSTED_PROXY: "" };
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      // A new address and a new email each time: only the per-IP limit can trip.
      const res = await new Client().fetch("/api/auth/sign-in/email", {
        method: "POST",
        json: { email: freshEmail("nobody"), password: "wrong password!" },
        env: local,
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

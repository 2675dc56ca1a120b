import { describe, expect, it } from "vitest";
import { Client, signUp } from "./lib/Client.ts";
import { readDevMailbox } from "./lib/devMailbox.ts";

describe("accounts", () => {
  it("signs up, reads the session from an httpOnly SameSite cookie, signs out and back in", async () => {
    const alice = await signUp("Alice");
    const session = await alice.json<{ user: { email: string } }>("/api/auth/get-session");
    expect(session.body.user.email).toBe(alice.email);

    const out = await alice.fetch("/api/auth/sign-out", { method: "POST", json: {} });
    expect(out.status).toBe(200);
    expect((await alice.json("/api/auth/get-session")).body).toBeNull();

    const fresh = new Client();
    const res = await fresh.fetch("/api/auth/sign-in/email", {
      method: "POST",
      json: { email: alice.email, password: "correct horse battery" },
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it("keeps a signed copy of the session in a cookie, renews it from any API request, and signing out ends it", async () => {
    const alice = await signUp("Alice");
    expect(alice.cookie).toContain("better-auth.session_data=");
    expect((await alice.fetch("/api/projects")).status).toBe(200);

    // A browser whose copy expired (here: never had one) is looked up once and handed a new copy.
    const token = alice.cookie.split("; ").find((pair) => pair.startsWith("better-auth.session_token="));
    const browser = new Client();
    browser.cookie = token ?? "";
    const looked = await browser.fetch("/api/projects");
    expect(looked.status).toBe(200);
    const copy = looked.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_data="));
    expect(copy).toMatch(/HttpOnly/i);
    expect((await browser.fetch("/api/projects")).status).toBe(200);

    expect((await alice.fetch("/api/auth/sign-out", { method: "POST", json: {} })).status).toBe(200);
    expect(alice.cookie).not.toContain("better-auth.session_data=");
    expect((await alice.fetch("/api/projects")).status).toBe(401);
  });

  it("refuses a weak password and a malformed email with the error shape", async () => {
    const client = new Client();
    const weak = await client.json("/api/auth/sign-up/email", {
      method: "POST",
      json: { name: "W", email: "weak@example.com", password: "short" },
    });
    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({
      error: { code: "validation_failed", details: { reason: "PASSWORD_TOO_SHORT" } },
    });

    const malformed = await client.json("/api/auth/sign-up/email", {
      method: "POST",
      json: { name: "M", email: "not-an-email", password: "correct horse battery" },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { code: "validation_failed" } });

    const missing = await client.json("/api/auth/sign-up/email", {
      method: "POST",
      json: { name: "N", email: "nopass@example.com" },
    });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ error: { code: "validation_failed" } });

    // A taken email is answered as a new one (accountTakeover.test.ts): nothing to refuse.
  });

  it("signs in with a magic link from the dev mailbox", async () => {
    const alice = await signUp();
    const client = new Client();
    const sent = await client.fetch("/api/auth/sign-in/magic-link", {
      method: "POST",
      json: { email: alice.email, callbackURL: "/" },
    });
    expect(sent.status).toBe(200);
    const mailbox = await readDevMailbox(alice.email);
    const link = mailbox[0]?.text.match(/https?:\/\/\S+/)?.[0];
    expect(link).toBeDefined();
    const verify = await client.fetch(new URL(link ?? "").pathname + new URL(link ?? "").search, {
      redirect: "manual",
    });
    expect(verify.status).toBe(302);
    const session = await client.json<{ user: { email: string } }>("/api/auth/get-session");
    expect(session.body.user.email).toBe(alice.email);
  });

  it("limits sign-in attempts per email with 429 and Retry-After", async () => {
    const alice = await signUp();
    let last: Response | undefined;
    for (let i = 0; i < 11; i++) {
      // A new network each time: only the per-email limit can trip.
      last = await new Client().fetch("/api/auth/sign-in/email", {
        method: "POST",
        json: { email: alice.email, password: "wrong password!" },
      });
    }
    expect(last?.status).toBe(429);
    expect(Number(last?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await last?.json()).toMatchObject({
      error: { code: "rate_limited", message: expect.stringContaining("email") },
    });
  });

  it("limits magic-link requests per email", async () => {
    const email = `magic-${Date.now()}@example.com`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await new Client().fetch("/api/auth/sign-in/magic-link", {
        method: "POST",
        json: { email, callbackURL: "/" },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });

  it("limits sign-up attempts per IP", async () => {
    const client = new Client();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await client.fetch("/api/auth/sign-up/email", {
        method: "POST",
        json: { name: "Flood", email: `flood${i}-${Date.now()}@example.com`, password: "short" },
      });
      statuses.push(res.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
  });
});

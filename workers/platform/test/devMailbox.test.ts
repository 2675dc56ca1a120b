import { describe, expect, it } from "vitest";
import { fetchApp } from "./fetchApp.ts";
import { Client } from "./lib/Client.ts";
import { devMailboxKey, readDevMailbox } from "./lib/devMailbox.ts";

/** Asks for a magic link, so the mailbox has a message for `email`. */
async function mailTo(email: string): Promise<void> {
  const res = await new Client().fetch("/api/auth/sign-in/magic-link", {
    method: "POST",
    json: { email, callbackURL: "/" },
  });
  expect(res.status).toBe(200);
}

describe("GET /api/dev/mailbox (issue 14 item 1)", () => {
  it("answers as if it did not exist without the launcher's key, or with a wrong one", async () => {
    const email = `mailbox-${Date.now()}@example.com`;
    await mailTo(email);
    const unknownRoute = await (await fetchApp("/api/dev/no-such-route")).json();
    const key = devMailboxKey();
    for (const query of ["", `?to=${email}`, "?key=", `?key=${key.slice(0, -1)}`, `?key=${key}x&to=${email}`]) {
      const res = await fetchApp(`/api/dev/mailbox${query}`);
      expect(res.status, query).toBe(404);
      const body = (await res.json()) as { error: { message: string } };
      expect(body.error.message, query).toBe(
        (unknownRoute as { error: { message: string } }).error.message.replace("no-such-route", "mailbox"),
      );
      expect(JSON.stringify(body)).not.toContain(email);
    }
    // A cookie with a wrong key opens nothing either.
    const res = await fetchApp("/api/dev/mailbox", { headers: { cookie: "wove_dev_mailbox=guess" } });
    expect(res.status).toBe(404);
  });

  it("lists the mail for the key, and leaves it in a cookie so the IDE's link to the mailbox works", async () => {
    const email = `mailbox-key-${Date.now()}@example.com`;
    await mailTo(email);
    expect((await readDevMailbox(email))[0]?.text).toMatch(/https?:\/\/\S+/);

    const person = new Client();
    const visit = await person.fetch(`/api/dev/mailbox?key=${encodeURIComponent(devMailboxKey())}`);
    expect(visit.status).toBe(200);
    const cookie = visit.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^wove_dev_mailbox=/);
    expect(cookie).toMatch(/Path=\/api\/dev\/mailbox/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    // What the IDE links to after asking for a magic link: no key in the URL.
    const linked = await person.json<{ messages: Array<{ to: string }> }>(
      `/api/dev/mailbox?to=${encodeURIComponent(email)}`,
    );
    expect(linked.status).toBe(200);
    expect(linked.body.messages[0]?.to).toBe(email);
  });

  it("shows a browser a page whose links can be clicked, under a policy that runs no script", async () => {
    const email = `mailbox-page-${Date.now()}@example.com`;
    await mailTo(email);
    const res = await fetchApp(`/api/dev/mailbox?key=${encodeURIComponent(devMailboxKey())}&to=${email}`, {
      headers: { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
    const page = await res.text();
    expect(page).toContain(`To ${email}`);
    expect(page).toMatch(/<a href="http:\/\/[^"]+">/);
  });

  it("does not exist outside local mode, key or not", async () => {
    const key = encodeURIComponent(devMailboxKey());
    const res = await fetchApp(`https://wove.test/api/dev/mailbox?key=${key}`, undefined, {
      WOVE_MODE: "production",
      PUBLIC_URL: "https://wove.test",
    });
    expect(res.status).toBe(404);
  });

  it("does not exist when the platform was started without a key", async () => {
    const res = await fetchApp("/api/dev/mailbox?key=", undefined, { DEV_MAILBOX_KEY: "" });
    expect(res.status).toBe(404);
    const any = await fetchApp("/api/dev/mailbox?key=undefined", undefined, { DEV_MAILBOX_KEY: undefined });
    expect(any.status).toBe(404);
  });
});

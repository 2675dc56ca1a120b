import { describe, expect, it } from "vitest";
import { fetchApp } from "./fetchApp.ts";

let people = 0;
// A prefix of this file's own: the per-IP sign-up limit is shared by every test file.
const FILE = Array.from(crypto.getRandomValues(new Uint16Array(2)), (n) => n.toString(16)).join(":");

/** A first sign-up from a browser at `origin` (no cookie yet, as in the issue). */
async function signUpFrom(origin: string, env: Record<string, string>) {
  const n = people++;
  // Sent to the platform's own host, as the browser at `origin` would reach it.
  const res = await fetchApp(
    `${env.PUBLIC_URL ?? ""}/api/auth/sign-up/email`,
    {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin,
        "sec-fetch-site": "same-origin",
        "sec-fetch-mode": "cors",
        "cf-connecting-ip": `2001:db8:${FILE}::${n.toString(16)}`,
      },
      body: JSON.stringify({
        name: "Origin",
        email: `origin-${n}-${crypto.randomUUID()}@example.com`,
        password: "correct horse battery",
      }),
    },
    env,
  );
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

// As `npm start` runs the Worker: local mode, PUBLIC_URL on localhost.
const local = { WOVE_MODE: "local", PUBLIC_URL: "http://localhost:8787" };

describe("origins sign-up is accepted from", () => {
  it("locally, every loopback name of the platform's own port", async () => {
    for (const origin of ["http://localhost:8787", "http://127.0.0.1:8787", "http://[::1]:8787"]) {
      expect((await signUpFrom(origin, local)).status, origin).toBe(200);
    }
  });

  it("not another port on loopback, nor a LAN address nobody listed", async () => {
    for (const origin of ["http://127.0.0.1:9999", "http://192.168.1.20:8787"]) {
      const res = await signUpFrom(origin, local);
      expect(res.status, origin).toBe(403);
    }
  });

  it("an origin listed in TRUSTED_ORIGINS (a LAN address, another domain)", async () => {
    const env = { ...local, TRUSTED_ORIGINS: "http://192.168.1.20:8787, https://ide.example.org" };
    expect((await signUpFrom("http://192.168.1.20:8787", env)).status).toBe(200);
    expect((await signUpFrom("https://ide.example.org", env)).status).toBe(200);
  });
});

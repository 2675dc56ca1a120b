import { describe, expect, it } from "vitest";
import { fetchApp } from "./fetchApp.ts";
import { signUp } from "./lib/Client.ts";

describe("requests from pages that are not the platform's", () => {
  it("refuses a state-changing request whose Origin is not trusted, null included, with the session cookie", async () => {
    const alice = await signUp("Alice");
    for (const origin of ["null", "http://evil.example", "http://my-site.localhost:8787"]) {
      // As a browser sends it from that page: the session cookie rides along.
      const res = await fetchApp("/api/projects", {
        method: "POST",
        headers: { origin, cookie: alice.cookie, "content-type": "application/json" },
        body: JSON.stringify({ name: "CSRF", visibility: "private" }),
      });
      expect(res.status, origin).toBe(403);
      expect(await res.text()).toContain("must come from Wove's own pages");
    }
    expect((await alice.json<{ projects: unknown[] }>("/api/projects")).body.projects).toEqual([]);
    // Its own pages (and scripts, which send no Origin) still work.
    const own = await alice.json("/api/projects", { method: "POST", json: { name: "Mine", visibility: "private" } });
    expect(own.status).toBe(201);
  });

  it("answers locally only to the platform's own host names (DNS rebinding)", async () => {
    const local = { WOVE_MODE: "local", PUBLIC_URL: "http://localhost:8787" };
    const ask = (host: string) => fetchApp("http://localhost:8787/api/health", { headers: { host } }, local);
    const rebound = await ask("attacker.example:8787");
    expect(rebound.status).toBe(421);
    expect(await rebound.json()).toMatchObject({ error: { message: expect.stringContaining("does not answer to") } });
    for (const host of ["localhost:8787", "127.0.0.1:8787", "[::1]:8787", "my-site.localhost:8787"])
      expect((await ask(host)).status, host).not.toBe(421);
    const lan = { ...local, TRUSTED_ORIGINS: "http://192.168.1.20:8787" };
    expect(
      (await fetchApp("http://localhost:8787/api/health", { headers: { host: "192.168.1.20:8787" } }, lan)).status,
    ).not.toBe(421);
  });
});

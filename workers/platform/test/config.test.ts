import { describe, expect, it } from "vitest";
import { fetchApp } from "./fetchApp.ts";

describe("GET /api/config and GitHub sign-in", () => {
  it("hides GitHub when it is not configured", async () => {
    expect(await (await fetchApp("/api/config")).json()).toEqual({ github: false, mode: "local" });
    const res = await fetchApp("/api/auth/sign-in/social", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://wove.test" },
      body: JSON.stringify({ provider: "github", callbackURL: "/" }),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it("offers GitHub sign-in when GITHUB_CLIENT_ID and GITHUB_CLIENT_SECRET are set", async () => {
    const github = { GITHUB_CLIENT_ID: "client-id", GITHUB_CLIENT_SECRET: "client-secret" };
    expect(await (await fetchApp("/api/config", undefined, github)).json()).toEqual({ github: true, mode: "local" });
    const res = await fetchApp(
      "/api/auth/sign-in/social",
      {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://wove.test" },
        body: JSON.stringify({ provider: "github", callbackURL: "/" }),
      },
      github,
    );
    expect(res.status).toBe(200);
    const { url } = (await res.json()) as { url: string };
    expect(new URL(url).origin).toBe("https://github.com");
    expect(new URL(url).searchParams.get("client_id")).toBe("client-id");
  });
});

describe("production configuration", () => {
  it("refuses to serve in production mode without an https PUBLIC_URL, saying what to set", async () => {
    for (const PUBLIC_URL of ["", "http://wove.example.com"]) {
      const res = await fetchApp("/api/health", undefined, { WOVE_MODE: "production", PUBLIC_URL });
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({
        error: { code: "unavailable", message: expect.stringContaining("PUBLIC_URL") },
      });
    }
    const ok = await fetchApp("/api/config", undefined, {
      WOVE_MODE: "production",
      PUBLIC_URL: "https://wove.example.com",
    });
    expect(ok.status).toBe(200);
  });
});

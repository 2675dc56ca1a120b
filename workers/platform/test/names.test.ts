import { describe, expect, it } from "vitest";
import { Client, signUp } from "./lib/Client.ts";

const SPOOFS = ["a\u0000b", "evil\r\nBcc: all@example.com", "report\u202Eexe.txt", "ad\u200Bmin"];

describe("names people see", () => {
  it("refuses control, bidi and zero-width characters in every name field with a 400 that says which", async () => {
    const alice = await signUp("Alice");
    for (const name of SPOOFS) {
      const project = await alice.json("/api/projects", { method: "POST", json: { name, visibility: "private" } });
      expect(project.status, JSON.stringify(name)).toBe(400);
      expect(JSON.stringify(project.body)).toMatch(/invisible or control characters/);
      const key = await alice.json("/api/keys", { method: "POST", json: { name, scopes: ["projects:read"] } });
      expect(key.status).toBe(400);
      const team = await alice.json("/api/auth/organization/create", {
        method: "POST",
        json: { name, slug: `t-${Math.random().toString(36).slice(2, 10)}` },
      });
      expect(team).toMatchObject({ status: 400, body: { error: { code: "validation_failed" } } });
      const renamed = await alice.json("/api/auth/update-user", { method: "POST", json: { name } });
      expect(renamed.status).toBe(400);
      const newcomer = await new Client().json("/api/auth/sign-up/email", {
        method: "POST",
        json: {
          name,
          email: `n${Date.now()}${Math.random()}@example.com`.replace("0.", ""),
          password: "correct horse battery",
        },
      });
      expect(newcomer.status).toBe(400);
    }
    const created = await alice.json<{ id: string }>("/api/projects", {
      method: "POST",
      json: { name: "Plain", description: "Two\nlines", visibility: "private" },
    });
    expect(created.status).toBe(201);
    const nul = await alice.json(`/api/projects/${created.body.id}`, {
      method: "PATCH",
      json: { description: "x\u0000" },
    });
    expect(nul.status).toBe(400);
    // Names in any script are names.
    expect(
      (await alice.json("/api/projects", { method: "POST", json: { name: "مشروع 👩‍💻", visibility: "private" } })).status,
    ).toBe(201);
  });
});

import { describe, expect, it } from "vitest";
import { Client, signUp } from "./lib/Client.ts";

async function keyFor(owner: Client, permissions?: Record<string, string[]>) {
  const res = await owner.json<{ key: string }>("/api/auth/api-key/create", {
    method: "POST",
    json: { name: "script", ...(permissions ? { permissions } : {}) },
  });
  if (res.status !== 200) throw new Error(`key creation failed: ${JSON.stringify(res.body)}`);
  return res.body.key;
}

describe("API keys", () => {
  it("act as their owner through Authorization: Bearer, within their scopes", async () => {
    const alice = await signUp();
    const id = (
      await alice.json<{ id: string }>("/api/projects", {
        method: "POST",
        json: { name: "Scripted", visibility: "private" },
      })
    ).body.id;

    const readOnly = Object.assign(new Client(), { bearer: await keyFor(alice) });
    expect((await readOnly.json(`/api/projects/${id}`)).body).toMatchObject({ id, role: "owner" });
    const denied = await readOnly.json(`/api/projects/${id}`, { method: "PATCH", json: { name: "Nope" } });
    expect(denied).toMatchObject({
      status: 403,
      body: { error: { message: expect.stringContaining("projects:write") } },
    });
  });

  it("can be given the write scope through POST /api/keys, and are shown only once", async () => {
    const alice = await signUp();
    const id = (
      await alice.json<{ id: string }>("/api/projects", {
        method: "POST",
        json: { name: "Writable", visibility: "private" },
      })
    ).body.id;
    const created = await alice.json<{ key: string; scopes: string[] }>("/api/keys", {
      method: "POST",
      json: { name: "deploy script", scopes: ["projects:read", "projects:write"] },
    });
    expect(created.status).toBe(201);
    expect(created.body.scopes).toEqual(["projects:read", "projects:write"]);
    const writer = Object.assign(new Client(), { bearer: created.body.key });
    expect((await writer.json(`/api/projects/${id}`, { method: "PATCH", json: { name: "Renamed" } })).status).toBe(200);

    const listed = await alice.json("/api/auth/api-key/list");
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
    expect((await alice.json("/api/keys", { method: "POST", json: { name: "x", scopes: ["admin"] } })).status).toBe(
      400,
    );
    expect(
      (await new Client().json("/api/keys", { method: "POST", json: { name: "x", scopes: ["projects:read"] } })).status,
    ).toBe(401);
  });

  it("treat an unknown key as anonymous", async () => {
    const alice = await signUp();
    const id = (
      await alice.json<{ id: string }>("/api/projects", {
        method: "POST",
        json: { name: "Hidden", visibility: "private" },
      })
    ).body.id;
    const forged = Object.assign(new Client(), { bearer: "wove_not-a-real-key" });
    expect((await forged.json(`/api/projects/${id}`)).status).toBe(404);
    expect((await forged.json("/api/projects")).status).toBe(401);
  });
});

import { describe, expect, it } from "vitest";
import { app } from "../src/index.ts";
import { keyScopeFor } from "../src/policy/keyScope.ts";
import { Client, signUp } from "./lib/Client.ts";

type Person = Awaited<ReturnType<typeof signUp>>;

async function keyWith(owner: Person, scopes: string[]): Promise<Client> {
  const res = await owner.json<{ key: string }>("/api/keys", { method: "POST", json: { name: "script", scopes } });
  if (res.status !== 201) throw new Error(`key creation failed: ${JSON.stringify(res.body)}`);
  return Object.assign(new Client(), { bearer: res.body.key });
}

/** Every method and path in the route table, once (middleware entries left out). */
function routeTable(): Array<{ method: string; path: string }> {
  const seen = new Map<string, { method: string; path: string }>();
  for (const route of app.routes) {
    if (route.method === "ALL" || !route.path.startsWith("/api/")) continue;
    seen.set(`${route.method} ${route.path}`, { method: route.method, path: route.path });
  }
  return [...seen.values()];
}

/** A route's path with its parameters filled in with the project of the test (or dummies). */
function concrete(path: string, projectId: string): string {
  return path
    .replace(":id", projectId)
    .replace(":memberId", "1")
    .replace(":deploymentId", crypto.randomUUID())
    .replace(":invitationId", "1")
    .replace(":provider", "openai")
    .replace(":hash", "0".repeat(64))
    .replace(":token", "no-such-invitation")
    .replace("*", "get-session");
}

describe("API keys: scopes on every route in the route table", () => {
  it("a projects:read key is refused every route that writes or manages the account, and changes nothing", async () => {
    const alice = await signUp("Alice");
    const project = await alice.json<{ id: string }>("/api/projects", {
      method: "POST",
      json: { name: "Read only", visibility: "private" },
    });
    const id = project.body.id;
    const reader = await keyWith(alice, ["projects:read"]);
    const routes = routeTable();
    // The walk covers what the route table has, so a route added later is walked too.
    expect(routes.length).toBeGreaterThan(30);

    for (const { method, path } of routes) {
      const needed = keyScopeFor(method, concrete(path, id));
      const res = await reader.json(concrete(path, id), {
        method,
        ...(method === "GET" || method === "HEAD" ? {} : { json: { name: "x", scopes: ["projects:write"] } }),
      });
      const what = `${method} ${path} (${needed})`;
      if (needed === "read") {
        expect(res.status, what).not.toBe(403);
      } else {
        expect(res.status, what).toBe(403);
        expect(JSON.stringify(res.body), what).toMatch(
          needed === "account" ? /cannot manage the account/ : /projects:write/,
        );
      }
    }

    // Nothing changed: the project keeps its name, and no new key or project exists.
    expect((await alice.json<{ name: string }>(`/api/projects/${id}`)).body.name).toBe("Read only");
    const listed = await alice.json<{ projects: unknown[] }>("/api/projects");
    expect(listed.body.projects).toHaveLength(1);
    const keys = await alice.json<unknown[]>("/api/auth/api-key/list");
    expect(JSON.stringify(keys.body).match(/"name":"script"/g)).toHaveLength(1);
  }, 60_000);

  it("a read key cannot mint a stronger key, and its room token carries only the viewer role", async () => {
    const alice = await signUp("Alice");
    const id = (
      await alice.json<{ id: string }>("/api/projects", {
        method: "POST",
        json: { name: "Room", visibility: "private" },
      })
    ).body.id;
    const reader = await keyWith(alice, ["projects:read"]);
    const minted = await reader.json("/api/keys", {
      method: "POST",
      json: { name: "stronger", scopes: ["projects:read", "projects:write"] },
    });
    expect(minted.status).toBe(403);
    const token = await reader.json<{ role: string }>(`/api/projects/${id}/room-token`, { method: "POST" });
    expect(token).toMatchObject({ status: 200, body: { role: "viewer" } });

    const writer = await keyWith(alice, ["projects:read", "projects:write"]);
    const writerToken = await writer.json<{ role: string }>(`/api/projects/${id}/room-token`, { method: "POST" });
    expect(writerToken.body.role).toBe("owner");
    // Even a write key stays out of the account.
    expect(
      (await writer.json("/api/keys", { method: "POST", json: { name: "y", scopes: ["projects:read"] } })).status,
    ).toBe(403);
    expect((await writer.json("/api/ai/keys")).status).toBe(403);
    expect(
      (await writer.json("/api/ai/keys/openai", { method: "PUT", json: { key: "sk-test-123456789" } })).status,
    ).toBe(403);
    expect((await writer.json(`/api/projects/${id}`, { method: "PATCH", json: { name: "Renamed" } })).status).toBe(200);
  });
});

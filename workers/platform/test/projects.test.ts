import { newId } from "@wove/protocol";
import { describe, expect, it } from "vitest";
import { Client, signUp } from "./lib/Client.ts";
import { share } from "./lib/share.ts";

type Project = {
  id: string;
  slug: string;
  name: string;
  visibility: string;
  role: string | null;
  owner: { id: string };
};

async function create(client: Client, json: unknown) {
  return client.json<Project & { error?: { code: string; details?: Array<{ path: string }> } }>("/api/projects", {
    method: "POST",
    json,
  });
}

describe("projects", () => {
  it("creates a project with a slug derived from its name, unique per owner", async () => {
    const alice = await signUp();
    const first = await create(alice, { name: "My App!", visibility: "private" });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ slug: "my-app", name: "My App!", visibility: "private", role: "owner" });
    expect(first.body.owner.id).toBe(alice.userId);

    const second = await create(alice, { name: "my app", visibility: "public" });
    expect(second.body.slug).toBe("my-app-2");

    // Another owner has their own namespace.
    const bob = await signUp();
    expect((await create(bob, { name: "My App", visibility: "private" })).body.slug).toBe("my-app");
  });

  it("gives concurrent creations of one name distinct slugs", async () => {
    const alice = await signUp();
    const results = await Promise.all(
      Array.from({ length: 5 }, () => create(alice, { name: "Race", visibility: "private" })),
    );
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.slug)).size).toBe(5);
  });

  it("refuses bad input precisely and creates nothing", async () => {
    const alice = await signUp();
    const cases: Array<[unknown, string]> = [
      [{ name: "", visibility: "private" }, "name"],
      [{ name: "x".repeat(101), visibility: "private" }, "name"],
      [{ name: "ok", visibility: "secret" }, "visibility"],
      [{ name: "ok", visibility: "private", description: "d".repeat(1001) }, "description"],
      [{ visibility: "private" }, "name"],
    ];
    for (const [json, field] of cases) {
      const res = await create(alice, json);
      expect(res.status).toBe(400);
      expect(res.body.error?.code).toBe("validation_failed");
      expect(res.body.error?.details?.map((d) => d.path)).toContain(field);
    }
    const list = await alice.json<{ projects: unknown[] }>("/api/projects");
    expect(list.body.projects).toEqual([]);
  });

  it("needs a signed-in user to create or list", async () => {
    const anon = new Client();
    expect((await create(anon, { name: "x", visibility: "public" })).status).toBe(401);
    expect((await anon.json("/api/projects")).status).toBe(401);
  });

  it("lists mine and those shared with me, newest first, a page at a time", async () => {
    const alice = await signUp();
    const bob = await signUp();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await create(alice, { name: `P${i}`, visibility: "private" })).body.id);
    const shared = (await create(bob, { name: "Bob's", visibility: "private" })).body.id;
    await share(bob, shared, alice, "viewer");

    const seen: Array<{ id: string; role: string }> = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : "?limit=2";
      const page = await alice.json<{ projects: Array<{ id: string; role: string }>; nextCursor: string | null }>(
        `/api/projects${query}`,
      );
      expect(page.body.projects.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.projects);
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen.map((p) => p.id).sort()).toEqual([...ids, shared].sort());
    expect(seen.find((p) => p.id === shared)?.role).toBe("viewer");
    expect(new Set(seen.map((p) => p.id)).size).toBe(seen.length);

    const owned = await alice.json<{ projects: Array<{ id: string }> }>("/api/projects?filter=owned");
    expect(owned.body.projects.map((p) => p.id).sort()).toEqual([...ids].sort());
    const sharedOnly = await alice.json<{ projects: Array<{ id: string }> }>("/api/projects?filter=shared");
    expect(sharedOnly.body.projects.map((p) => p.id)).toEqual([shared]);
    expect((await alice.json("/api/projects?filter=everything")).status).toBe(400);

    expect((await alice.json("/api/projects?cursor=garbage")).status).toBe(400);
    expect((await alice.json("/api/projects?limit=0")).status).toBe(400);
  });

  it("renames (the slug follows), changes visibility, and soft-deletes", async () => {
    const alice = await signUp();
    const { id } = (await create(alice, { name: "Old", visibility: "private" })).body;
    const renamed = await alice.json<Project>(`/api/projects/${id}`, {
      method: "PATCH",
      json: { name: "New Name", visibility: "public" },
    });
    expect(renamed.body).toMatchObject({ name: "New Name", slug: "new-name", visibility: "public" });
    expect((await new Client().json(`/api/projects/${id}`)).status).toBe(200);

    expect((await alice.json(`/api/projects/${id}`, { method: "PATCH", json: {} })).status).toBe(400);

    expect((await alice.fetch(`/api/projects/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await alice.json(`/api/projects/${id}`)).status).toBe(404);
    expect((await new Client().json(`/api/projects/${id}`)).status).toBe(404);
    const list = await alice.json<{ projects: unknown[] }>("/api/projects");
    expect(list.body.projects).toEqual([]);
    // The name is free again once the project is gone.
    expect((await create(alice, { name: "New Name", visibility: "private" })).body.slug).toBe("new-name");
  });

  it("creates a project under the id the client chose, so an offline project keeps its id", async () => {
    const alice = await signUp();
    const id = newId();
    const res = await create(alice, { id, name: "Offline", visibility: "private" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id, name: "Offline", slug: "offline", role: "owner" });
    expect((await alice.json<Project>(`/api/projects/${id}`)).body.id).toBe(id);
  });

  it("answers a repeated creation (the first answer was lost) with the same project, 200", async () => {
    const alice = await signUp();
    const id = newId();
    const first = await create(alice, { id, name: "Twice", visibility: "private" });
    const again = await create(alice, { id, name: "Twice", visibility: "private" });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    const list = await alice.json<{ projects: Array<{ id: string }> }>("/api/projects");
    expect(list.body.projects.map((p) => p.id)).toEqual([id]);
  });

  it("creates one project when the same creation arrives several times at once", async () => {
    const alice = await signUp();
    const id = newId();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => create(alice, { id, name: "Burst", visibility: "private" })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 200, 201]);
    expect(new Set(results.map((r) => r.body.id))).toEqual(new Set([id]));
    const list = await alice.json<{ projects: unknown[] }>("/api/projects");
    expect(list.body.projects).toHaveLength(1);
  });

  it("refuses a taken id as any unusable id (400 on the id field), telling nobody a project is there", async () => {
    const alice = await signUp();
    const bob = await signUp();
    const id = newId();
    expect((await create(alice, { id, name: "Mine", visibility: "private" })).status).toBe(201);

    const renamed = await create(alice, { id, name: "Other name", visibility: "private" });
    expect(renamed.status).toBe(400);
    expect(renamed.body.error).toMatchObject({ code: "validation_failed", details: [{ path: "id" }] });
    const stranger = await create(bob, { id, name: "Mine", visibility: "private" });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error?.code).toBe("validation_failed");
    expect(JSON.stringify(stranger.body)).not.toMatch(/exists|conflict|Mine/);
    expect((await bob.json<{ projects: unknown[] }>("/api/projects")).body.projects).toEqual([]);

    expect((await alice.fetch(`/api/projects/${id}`, { method: "DELETE" })).status).toBe(204);
    const afterDelete = await create(alice, { id, name: "Mine", visibility: "private" });
    expect(afterDelete.status).toBe(400);
    expect((await alice.json(`/api/projects/${id}`)).status).toBe(404);
  });

  it("refuses an id that newId could not have made, 400 on the id field", async () => {
    const alice = await signUp();
    const bad = ["short", "0123456789ABCDEF", "0123456789abcdei", "0123456789abcdefg", "../../etc/passwd", "", 42];
    for (const id of bad) {
      const res = await create(alice, { id, name: "Bad id", visibility: "private" });
      expect(res.status, `id ${JSON.stringify(id)}`).toBe(400);
      expect(res.body.error?.code).toBe("validation_failed");
      expect(res.body.error?.details?.map((d) => d.path)).toEqual(["id"]);
    }
    expect((await alice.json<{ projects: unknown[] }>("/api/projects")).body.projects).toEqual([]);
  });

  it("answers an unknown project like a private one: 404", async () => {
    const alice = await signUp();
    const res = await alice.json("/api/projects/does-not-exist");
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ error: { code: "not_found" } });
  });
});

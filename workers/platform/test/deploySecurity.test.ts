import { createFile } from "@wove/protocol";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { signUp } from "./lib/Client.ts";
import { deploy, projectWith, visit } from "./lib/deploys.ts";
import { RoomPeer } from "./lib/RoomPeer.ts";

/** Waits until the room holds a file at `path` (the peer's update has been stored). */
async function roomHas(projectId: string, path: string): Promise<void> {
  await expect
    .poll(async () => (await env.ROOMS.getByName(projectId).snapshotFiles()).files.map((f) => f.path), {
      timeout: 10_000,
    })
    .toContain(path);
}

const SECRET = new TextEncoder().encode("\x89PNG\r\n\x1a\n private pixels of someone else");

describe("what a deploy may publish", () => {
  it("refuses a blob entry naming another project's blob: its bytes never reach the site", async () => {
    const victim = await signUp("Victim");
    const mallory = await signUp("Mallory");
    const privateProject = await projectWith(victim, { "index.html": "<h1>mine</h1>" });
    const uploaded = await victim.json<{ hash: string; size: number; mime: string }>(
      `/api/projects/${privateProject.id}/blobs`,
      { method: "PUT", body: SECRET },
    );
    expect(uploaded.status).toBe(201);

    // Mallory writes an entry with the victim's hash into her own document, as any editor can.
    const own = await projectWith(mallory, { "index.html": "<h1>mallory</h1>" });
    const peer = await RoomPeer.join(mallory, own.id);
    try {
      const created = createFile(peer.doc, {
        path: "stolen.png",
        blob: { hash: uploaded.body.hash, size: SECRET.byteLength, mime: "image/png" },
      });
      expect(created.ok).toBe(true);
      await roomHas(own.id, "stolen.png");
    } finally {
      peer.close();
    }

    const done = await deploy(mallory, own.id);
    expect(done.status).toBe("failed");
    expect(done.log.join("\n")).toContain("stolen.png: this file was not uploaded to this project");
    const res = await visit(done.site, "/stolen.png");
    expect(new Uint8Array(await res.arrayBuffer())).not.toEqual(SECRET);
  });

  it("publishes a blob uploaded to the project itself", async () => {
    const owner = await signUp("Owner");
    const project = await projectWith(owner, { "index.html": "<img src=logo.png>" });
    const uploaded = await owner.json<{ hash: string }>(`/api/projects/${project.id}/blobs`, {
      method: "PUT",
      body: SECRET,
    });
    const peer = await RoomPeer.join(owner, project.id);
    try {
      createFile(peer.doc, {
        path: "logo.png",
        blob: { hash: uploaded.body.hash, size: SECRET.byteLength, mime: "image/png" },
      });
      await roomHas(project.id, "logo.png");
    } finally {
      peer.close();
    }
    const done = await deploy(owner, project.id);
    expect(done.status, done.log.join("\n")).toBe("live");
    expect(new Uint8Array(await (await visit(done.site, "/logo.png")).arrayBuffer())).toEqual(SECRET);
  });
});

describe("site names and deleted projects", () => {
  const rename = (client: Awaited<ReturnType<typeof signUp>>, projectId: string, name: string) =>
    client.json(`/api/projects/${projectId}/site`, { method: "PATCH", json: { name } });
  const fresh = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`;

  it("takes a deleted project's site down at once, and holds its name for the owner", async () => {
    const owner = await signUp("Owner");
    const other = await signUp("Other");
    const project = await projectWith(owner, { "index.html": "<h1>soon gone</h1>" });
    const live = await deploy(owner, project.id);
    expect(live.status).toBe("live");
    expect(await (await visit(live.site)).text()).toContain("soon gone");

    expect((await owner.fetch(`/api/projects/${project.id}`, { method: "DELETE" })).status).toBe(204);
    const gone = await visit(live.site);
    expect(gone.status).toBe(404);
    expect(await gone.text()).toContain("No site here");

    // Nobody else can serve the deleted site's visitors; its owner can take the name again.
    const squatter = await projectWith(other, { "index.html": "<h1>phish</h1>" });
    expect((await rename(other, squatter.id, live.site)).status).toBe(409);
    const again = await projectWith(owner, { "index.html": "<h1>back</h1>" });
    expect((await rename(owner, again.id, live.site)).status).toBe(200);
  });

  it("holds a name renamed away from for its owner, and reserves the platform's names", async () => {
    const owner = await signUp("Owner");
    const other = await signUp("Other");
    const project = await projectWith(owner, { "index.html": "<h1>x</h1>" });
    const first = fresh("first");
    expect((await rename(owner, project.id, first)).status).toBe(200);
    expect((await rename(owner, project.id, fresh("second"))).status).toBe(200);

    const theirs = await projectWith(other, { "index.html": "<h1>y</h1>" });
    const refused = await rename(other, theirs.id, first);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
    expect((await rename(owner, project.id, first)).status).toBe(200);

    for (const name of ["login", "billing", "auth", "status"]) {
      const reserved = await rename(owner, project.id, name);
      expect(reserved.status, name).toBe(400);
      expect(JSON.stringify(reserved.body)).toContain("reserved");
    }
  });
});

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

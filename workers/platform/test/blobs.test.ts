import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type Client, signUp } from "./lib/Client.ts";

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function projectOf(owner: Client) {
  return (
    await owner.json<{ id: string }>("/api/projects", {
      method: "POST",
      json: { name: "Assets", visibility: "private" },
    })
  ).body.id;
}

describe("blobs", () => {
  it("stores bytes once under their sha256 with a sniffed type, and streams them back", async () => {
    const alice = await signUp();
    const a = await projectOf(alice);
    const b = await projectOf(alice);
    const first = await alice.json<{ hash: string; size: number; mime: string }>(`/api/projects/${a}/blobs`, {
      method: "PUT",
      body: PNG,
      headers: { "content-type": "text/html" },
    });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ size: PNG.length, mime: "image/png" });
    const expectedHash = [...new Uint8Array(await crypto.subtle.digest("SHA-256", PNG))]
      .map((x) => x.toString(16).padStart(2, "0"))
      .join("");
    expect(first.body.hash).toBe(expectedHash);

    expect((await alice.json(`/api/projects/${a}/blobs`, { method: "PUT", body: PNG })).status).toBe(200);
    expect((await alice.json(`/api/projects/${b}/blobs`, { method: "PUT", body: PNG })).status).toBe(201);
    const stored = await env.BLOBS.list({ prefix: `blobs/${expectedHash}` });
    expect(stored.objects).toHaveLength(1);

    const res = await alice.fetch(`/api/projects/${a}/blobs/${expectedHash}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("etag")).toBe(`"${expectedHash}"`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(PNG);
    const cached = await alice.fetch(`/api/projects/${a}/blobs/${expectedHash}`, {
      headers: { "if-none-match": `"${expectedHash}"` },
    });
    expect(cached.status).toBe(304);
  });

  it("does not serve a hash the project does not hold, even if another project does", async () => {
    const alice = await signUp();
    const bob = await signUp();
    const mine = await projectOf(alice);
    const theirs = await projectOf(bob);
    const { hash } = (await alice.json<{ hash: string }>(`/api/projects/${mine}/blobs`, { method: "PUT", body: PNG }))
      .body;
    expect((await bob.json(`/api/projects/${theirs}/blobs/${hash}`)).status).toBe(404);
    expect((await bob.json(`/api/projects/${theirs}/blobs/not-a-hash`)).status).toBe(404);
  });

  it("refuses empty files and files over the limit (413), storing nothing", async () => {
    const alice = await signUp();
    const id = await projectOf(alice);
    expect((await alice.json(`/api/projects/${id}/blobs`, { method: "PUT", body: new Uint8Array() })).status).toBe(400);
    const big = new Uint8Array(Number(env.MAX_BLOB_BYTES) + 1);
    big[0] = 1;
    const res = await alice.json(`/api/projects/${id}/blobs`, { method: "PUT", body: big });
    expect(res).toMatchObject({ status: 413, body: { error: { code: "payload_too_large" } } });
  });

  it("purges a deleted project's blobs from R2 unless another project still holds them, and its room", async () => {
    const alice = await signUp();
    const doomed = await projectOf(alice);
    const keeper = await projectOf(alice);
    const only = new TextEncoder().encode(`only in the doomed project ${Math.random()}`);
    const shared = new TextEncoder().encode(`in both projects ${Math.random()}`);
    const { hash: onlyHash } = (
      await alice.json<{ hash: string }>(`/api/projects/${doomed}/blobs`, { method: "PUT", body: only })
    ).body;
    const { hash: sharedHash } = (
      await alice.json<{ hash: string }>(`/api/projects/${doomed}/blobs`, { method: "PUT", body: shared })
    ).body;
    await alice.json(`/api/projects/${keeper}/blobs`, { method: "PUT", body: shared });
    const room = env.ROOMS.getByName(doomed);
    await room.writeFiles([{ path: "notes.txt", text: "doomed" }], "test");

    expect((await alice.fetch(`/api/projects/${doomed}`, { method: "DELETE" })).status).toBe(204);
    expect(await env.BLOBS.head(`blobs/${onlyHash}`)).toBeNull();
    expect(await env.BLOBS.head(`blobs/${sharedHash}`)).not.toBeNull();
    expect((await alice.fetch(`/api/projects/${keeper}/blobs/${sharedHash}`)).status).toBe(200);
    // The room's storage went with it.
    expect(await room.listFiles()).toEqual([]);
  });

  it("accepts uploads larger than the JSON body limit", async () => {
    const alice = await signUp();
    const id = await projectOf(alice);
    const twoMiB = new Uint8Array(2 << 20).fill(7);
    expect((await alice.json(`/api/projects/${id}/blobs`, { method: "PUT", body: twoMiB })).status).toBe(201);
  });
});

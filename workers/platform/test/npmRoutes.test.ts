import { describe, expect, inject, it } from "vitest";
import { Client, signUp } from "./lib/Client.ts";
import { projectWith } from "./lib/deploys.ts";

const registry = inject("npmRegistryUrl");

describe("the preview's npm routes", () => {
  it("answer a packument and a verified tarball to someone who can read the project", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, { "index.html": "<p>hi</p>" });
    const packument = await owner.json<{
      name: string;
      versions: Record<string, { dist: { tarball: string; integrity: string } }>;
    }>(`/api/projects/${project.id}/npm/packuments/mrmime`);
    expect(packument.status).toBe(200);
    const dist = packument.body.versions["2.0.1"]?.dist;
    expect(dist?.tarball).toBe(`${registry}/mrmime/-/mrmime-2.0.1.tgz`);

    const query = new URLSearchParams({ url: dist?.tarball ?? "", integrity: dist?.integrity ?? "" });
    const tarball = await owner.fetch(`/api/projects/${project.id}/npm/tarballs?${query}`);
    expect(tarball.status).toBe(200);
    expect(tarball.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    const gunzipped = new Response(tarball.body?.pipeThrough(new DecompressionStream("gzip")));
    expect((await gunzipped.arrayBuffer()).byteLength).toBeGreaterThan(512);
  });

  it("refuse unknown packages, other hosts' tarballs, and people who cannot read the project", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, { "index.html": "<p>hi</p>" }, "private");
    const unknown = await owner.json<{ error: { code: string; message: string } }>(
      `/api/projects/${project.id}/npm/packuments/no-such-package`,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('has no package "no-such-package"');

    const query = new URLSearchParams({ url: "http://169.254.169.254/x.tgz", integrity: "sha512-AAAA" });
    const elsewhere = await owner.json<{ error: { code: string } }>(
      `/api/projects/${project.id}/npm/tarballs?${query}`,
    );
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.body.error.code).toBe("validation_failed");

    const stranger = await signUp();
    expect((await stranger.json(`/api/projects/${project.id}/npm/packuments/mrmime`)).status).toBe(404);
    expect((await new Client().json(`/api/projects/${project.id}/npm/packuments/mrmime`)).status).toBe(404);
  });
});

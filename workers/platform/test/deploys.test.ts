import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { Client, signUp } from "./lib/Client.ts";
import {
  deploy,
  projectWith,
  requestDeploy,
  visit,
  waitForDeployment,
  writeFiles,
  type DeploymentJson,
} from "./lib/deploys.ts";
import { share } from "./lib/share.ts";

const SITE = {
  "index.html": "<!doctype html><h1>Version one</h1>",
  "about.html": "<h1>About</h1>",
  "404.html": "<h1>Lost? This is the project's own 404</h1>",
  "assets/app.3f9a1c2e.js": `console.log("${"hashed ".repeat(100)}");`,
  "style.css": "body { color: teal }",
};

async function artifactCount(): Promise<number> {
  let count = 0;
  let cursor: string | undefined;
  do {
    const page = await env.BLOBS.list({ prefix: "deploy/artifacts/", cursor });
    count += page.objects.length;
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return count;
}

describe("deploying a static site", () => {
  it("answers 202 at once, then goes live at <site>.localhost with the right headers", async () => {
    const owner = await signUp("Ada Lovelace");
    const project = await projectWith(owner, SITE);
    const res = await owner.json<{ deployment: { id: string; status: string; url: string } }>(
      `/api/projects/${project.id}/deployments`,
      { method: "POST" },
    );
    expect(res.status).toBe(202);
    expect(res.body.deployment).toEqual({
      id: expect.any(String),
      status: "queued",
      url: `http://${project.slug}-ada-lovelace.localhost/`,
      version: 1,
    });

    const done = await deploy(owner, project.id);
    expect(done).toMatchObject({ status: "live", version: 2, kind: "static", active: true });
    expect(done.log.join("\n")).toContain("Health check passed");
    const site = done.site;

    const home = await visit(site, "/");
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(home.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect(await home.text()).toContain("Version one");
    expect((await visit(site, "/about")).status).toBe(200);

    const hashed = await visit(site, "/assets/app.3f9a1c2e.js", { headers: { "accept-encoding": "gzip, br" } });
    expect(hashed.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(hashed.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    // The runtime encodes the body on its way out (e2e/deploy.test.ts reads the bytes over HTTP).
    expect(hashed.headers.get("content-encoding")).toBe("br");
    expect(hashed.headers.get("vary")).toBe("Accept-Encoding");
    expect(await hashed.text()).toBe(SITE["assets/app.3f9a1c2e.js"]);

    // The Worker always sees `Accept-Encoding: br, gzip`; what the client sent is cf.clientAcceptEncoding.
    const asSent = (clientAcceptEncoding: string) =>
      visit(site, "/assets/app.3f9a1c2e.js", {
        headers: { "accept-encoding": "br, gzip" },
        cf: { clientAcceptEncoding },
      }).then((res) => res.headers.get("content-encoding"));
    expect(await asSent("")).toBeNull();
    expect(await asSent("identity")).toBeNull();
    expect(await asSent("gzip")).toBe("gzip");
    expect(await asSent("gzip, deflate, br")).toBe("br");

    const etag = home.headers.get("etag") ?? "";
    expect((await visit(site, "/", { headers: { "if-none-match": etag } })).status).toBe(304);

    const missing = await visit(site, "/nope");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("the project's own 404");
  });

  it("serves a private project's deployment to anonymous visitors", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, { "index.html": "<p>public face</p>" }, "private");
    expect((await new Client().json(`/api/projects/${project.id}`)).status).toBe(404);
    const done = await deploy(owner, project.id);
    expect(await (await visit(done.site)).text()).toContain("public face");
  });

  it("answers an unknown site with the platform's 404 page", async () => {
    const res = await visit("no-such-site-here");
    expect(res.status).toBe(404);
    expect(res.headers.get("x-wove-site")).toBe("platform");
    expect(await res.text()).toContain("Nothing is deployed at no-such-site-here");
  });

  it("stores unchanged files once across deployments", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, SITE);
    await deploy(owner, project.id);
    const before = await artifactCount();
    const again = await deploy(owner, project.id);
    expect(again.status).toBe("live");
    expect(await artifactCount()).toBe(before);
    await writeFiles(project.id, { "style.css": "body { color: navy }" });
    await deploy(owner, project.id);
    expect(await artifactCount()).toBe(before + 1);
  });

  it("records a snapshot that names every file by hash", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, SITE);
    const done = await deploy(owner, project.id);
    const snapshot = await env.BLOBS.get(`deploy/snapshots/${done.id}.json`);
    const files = (await snapshot?.json<{ files: Array<{ path: string; hash: string }> }>())?.files ?? [];
    expect(files.map((f) => f.path).sort()).toEqual(Object.keys(SITE).sort());
    for (const { hash } of files) expect(await env.BLOBS.head(`deploy/artifacts/${hash}`)).not.toBeNull();
  });

  it("rolls back to an earlier live version, and refuses one that never went live", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, { "index.html": "one" });
    const v1 = await deploy(owner, project.id);
    await writeFiles(project.id, { "index.html": "two" });
    const v2 = await deploy(owner, project.id);
    expect(await (await visit(v2.site)).text()).toBe("two");

    const rolled = await owner.json<DeploymentJson>(`/api/projects/${project.id}/deployments/${v1.id}/activate`, {
      method: "POST",
    });
    expect(rolled.status).toBe(200);
    expect(rolled.body).toMatchObject({ version: v1.version, active: true });
    expect(await (await visit(v1.site)).text()).toBe("one");

    const history = await owner.json<{ deployments: DeploymentJson[] }>(`/api/projects/${project.id}/deployments`);
    expect(history.body.deployments.map((d) => [d.version, d.status, d.active])).toEqual([
      [v2.version, "live", false],
      [v1.version, "live", true],
    ]);

    await writeFiles(project.id, { "worker.js": "export default {" });
    const broken = await deploy(owner, project.id);
    expect(broken.status).toBe("failed");
    const refused = await owner.json(`/api/projects/${project.id}/deployments/${broken.id}/activate`, {
      method: "POST",
    });
    expect(refused.status).toBe(409);
  });

  it("lets editors deploy and roll back but not viewers; a stranger cannot see a private project's deployments", async () => {
    const owner = await signUp();
    const viewer = await signUp();
    const stranger = await signUp();
    const project = await projectWith(owner, { "index.html": "x" });
    await share(owner, project.id, viewer, "viewer");
    const live = await deploy(owner, project.id);
    expect((await viewer.json(`/api/projects/${project.id}/deployments`)).status).toBe(200);
    expect((await viewer.json(`/api/projects/${project.id}/deployments/${live.id}`)).status).toBe(200);
    expect((await viewer.json(`/api/projects/${project.id}/deployments`, { method: "POST" })).status).toBe(403);
    const activate = `/api/projects/${project.id}/deployments/${live.id}/activate`;
    expect((await viewer.json(activate, { method: "POST" })).status).toBe(403);
    expect((await stranger.json(`/api/projects/${project.id}/deployments/${live.id}`)).status).toBe(404);
    expect((await stranger.json(activate, { method: "POST" })).status).toBe(404);
  });
});

describe("deploying a static site with a TypeScript entry", () => {
  const APP = {
    "index.html": `<!doctype html><div id="app"></div><script type="module" src="/src/main.tsx"></script>`,
    "src/main.tsx": `/** @jsxRuntime classic @jsx h */
import { h } from "./h";
document.getElementById("app")!.replaceWith(<h1>Built at deploy time</h1>);`,
    "src/h.ts": `export const h = (tag: string, _props: unknown, text: string): HTMLElement => {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
};`,
  };

  it("builds the page's TSX into a hashed bundle, and a build error fails with file:line keeping the old version", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, APP);
    const good = await deploy(owner, project.id);
    expect(good).toMatchObject({ status: "live", kind: "static" });
    expect(good.log.join("\n")).toMatch(/Built src\/main\.tsx into \/assets\/main-[0-9a-f]{12}\.js/);
    const page = await (await visit(good.site, "/")).text();
    const src = /src="(\/assets\/main-[0-9a-f]{12}\.js)"/.exec(page)?.[1] ?? "";
    expect(src).not.toBe("");
    const bundle = await visit(good.site, src);
    expect(bundle.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(bundle.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const code = await bundle.text();
    expect(code).toContain("Built at deploy time");
    expect(code).not.toContain(": string");

    await writeFiles(project.id, { "src/h.ts": "export const h = (tag: string => tag;" });
    const broken = await deploy(owner, project.id);
    expect(broken.status).toBe("failed");
    expect(broken.log.join("\n")).toMatch(/src\/h\.ts:1:\d+: /);
    expect(broken.log.at(-1)).toContain("previous version stays live");
    expect(await (await visit(good.site, "/")).text()).toBe(page);
  });
});

describe("site names", () => {
  it("defaults to <project-slug>-<owner>, renames with validation, and moves the live site", async () => {
    const owner = await signUp("Grace Hopper");
    const other = await signUp();
    const project = await projectWith(owner, { "index.html": "renamed site" });
    const site = await owner.json<{ name: string; url: string }>(`/api/projects/${project.id}/site`);
    expect(site.body.name).toBe(`${project.slug}-grace-hopper`);
    const live = await deploy(owner, project.id);

    for (const bad of ["-x", "has space", "a".repeat(64), "www", "under_score"]) {
      const res = await owner.json<{ error: { code: string } }>(`/api/projects/${project.id}/site`, {
        method: "PATCH",
        json: { name: bad },
      });
      expect(res.status, bad).toBe(400);
    }
    const name = `renamed-${Date.now()}`;
    const renamed = await owner.json<{ name: string; url: string }>(`/api/projects/${project.id}/site`, {
      method: "PATCH",
      json: { name },
    });
    expect(renamed.body).toMatchObject({ name, url: `http://${name}.localhost/` });
    expect(await (await visit(name)).text()).toBe("renamed site");
    expect((await visit(live.site)).status).toBe(404);

    const theirs = await projectWith(other, {});
    const taken = await other.json(`/api/projects/${theirs.id}/site`, { method: "PATCH", json: { name } });
    expect(taken.status).toBe(409);
  });

  it("renames the site while a deploy runs: the new name ends up serving it and the old name nothing", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, { "index.html": "first" });
    const first = await deploy(owner, project.id);
    await writeFiles(project.id, { "index.html": "second" });
    const asked = await requestDeploy(owner, project.id);
    const name = `moved-${Date.now()}`;
    const renamed = await owner.json(`/api/projects/${project.id}/site`, { method: "PATCH", json: { name } });
    expect(renamed.status).toBe(200);
    const second = await waitForDeployment(owner, project.id, asked);
    expect(second.status).toBe("live");
    expect(await (await visit(name)).text()).toBe("second");
    expect((await visit(first.site)).status).toBe(404);
  });

  it("applies an activation asked for during a deploy in order, so the site serves the version marked active", async () => {
    const owner = await signUp();
    const project = await projectWith(owner, { "index.html": "v1" });
    const v1 = await deploy(owner, project.id);
    await writeFiles(project.id, { "index.html": "v2" });
    const asked = await requestDeploy(owner, project.id);
    const activated = await owner.json(`/api/projects/${project.id}/deployments/${v1.id}/activate`, { method: "POST" });
    expect(activated.status).toBe(200);
    await waitForDeployment(owner, project.id, asked);
    const history = await owner.json<{ deployments: DeploymentJson[] }>(`/api/projects/${project.id}/deployments`);
    const active = history.body.deployments.filter((d) => d.active);
    expect(active).toHaveLength(1);
    expect(await (await visit(v1.site)).text()).toBe(active[0]?.version === v1.version ? "v1" : "v2");
  });

  it("tells a visitor or a viewer the site's default name without creating it", async () => {
    const owner = await signUp("Mary Somerville");
    const viewer = await signUp();
    const project = await projectWith(owner, { "index.html": "x" }, "public");
    await share(owner, project.id, viewer, "viewer");
    const expected = { name: `${project.slug}-mary-somerville`, activeDeploymentId: null };
    for (const asker of [new Client(), await signUp(), viewer]) {
      const site = await asker.json<{ name: string }>(`/api/projects/${project.id}/site`);
      expect(site.status).toBe(200);
      expect(site.body).toMatchObject(expected);
    }
    const listed = async () =>
      (await owner.json<{ site: unknown }>(`/api/projects/${project.id}/deployments`)).body.site;
    expect(await listed()).toBeNull();
    expect((await owner.json(`/api/projects/${project.id}/site`)).body).toMatchObject(expected);
    expect(await listed()).toMatchObject({ name: expected.name });
  });
});

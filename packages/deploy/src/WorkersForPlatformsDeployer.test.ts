import * as esbuild from "esbuild-wasm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sitePointerKey } from "./artifactKeys.ts";
import { buildSite } from "./buildSite.ts";
import type { Deployer } from "./Deployer.ts";
import type { Manifest } from "./Manifest.ts";
import { memoryStore, sourceFiles } from "./test/memoryStore.ts";
import { startCloudflareFake } from "./test/startCloudflareFake.ts";
import { WorkersForPlatformsDeployer } from "./WorkersForPlatformsDeployer.ts";

const account = { accountId: "acc123", apiToken: "token-abc", namespace: "wove-sites" };
let fake: Awaited<ReturnType<typeof startCloudflareFake>>;
beforeAll(async () => (fake = await startCloudflareFake(account)));
afterAll(() => fake.close());

async function deploy(
  deployer: Deployer,
  texts: Record<string, string>,
  version: number,
  network = false,
): Promise<Manifest> {
  const result = await buildSite(esbuild, await sourceFiles(texts), {});
  if (!result.ok) throw new Error(result.log.join("\n"));
  const target = { deploymentId: `d${version}`, version, projectId: "p1", site: "my-site", network };
  const log = () => {};
  const manifest = await deployer.upload(await deployer.prepare(target, result.build, log), log);
  await deployer.activate("my-site", manifest, log);
  return manifest;
}

describe("WorkersForPlatformsDeployer against a fake Cloudflare API", () => {
  it("uploads assets through a session, then the script with multipart metadata", async () => {
    const store = memoryStore();
    // Sources are in the artifact store before a deploy (the snapshot puts them there).
    const files = { "index.html": "<h1>one</h1>", "a.css": "a{}" };
    for (const { hash, bytes } of (await sourceFiles(files)).values())
      await store.put(`deploy/artifacts/${hash}`, bytes);
    const deployer = new WorkersForPlatformsDeployer({ ...account, baseUrl: fake.baseUrl }, store);
    await deploy(deployer, files, 1);
    const script = fake.scripts.get("my-site");
    expect(script?.metadata).toMatchObject({
      main_module: "worker.js",
      tags: ["project:p1", "deployment:d1", "network:none"],
    });
    expect(Object.keys(script?.assets ?? {}).sort()).toEqual(["/a.css", "/index.html"]);
    expect(fake.stored.size).toBe(2);

    fake.requests.length = 0;
    const changed = { "index.html": "<h1>two</h1>", "a.css": "a{}" };
    for (const { hash, bytes } of (await sourceFiles(changed)).values())
      await store.put(`deploy/artifacts/${hash}`, bytes);
    await deploy(deployer, changed, 2);
    expect(fake.stored.size).toBe(3);
    expect(fake.requests.filter((r) => r.includes("/assets/upload"))).toHaveLength(1);
    expect(fake.scripts.get("my-site")?.metadata.tags).toContain("deployment:d2");
  });

  it("uploads a bundled Worker, rolls back to an earlier version, and deletes the script with none", async () => {
    const store = memoryStore();
    const deployer = new WorkersForPlatformsDeployer({ ...account, baseUrl: fake.baseUrl }, store);
    const v1 = await deploy(deployer, { "worker.js": `export default { fetch: () => new Response("v1") };` }, 1);
    await deploy(deployer, { "worker.js": `export default { fetch: () => new Response("v2") };` }, 2);
    expect(fake.scripts.get("my-site")?.code).toContain('"v2"');
    await deployer.rollback("my-site", v1, () => {});
    expect(fake.scripts.get("my-site")?.code).toContain('"v1"');
    await deployer.rollback("my-site", null, () => {});
    expect(fake.scripts.has("my-site")).toBe(false);
  });

  it("uploads every script with CPU and subrequest limits, its network grant as a tag and in the site's pointer", async () => {
    const store = memoryStore();
    const deployer = new WorkersForPlatformsDeployer({ ...account, baseUrl: fake.baseUrl }, store);
    const worker = { "worker.js": `export default { fetch: () => fetch("https://example.com") };` };
    await deploy(deployer, worker, 1);
    const offline = fake.scripts.get("my-site")?.metadata;
    expect(offline?.limits).toEqual({ cpu_ms: 50, subrequests: 50 });
    expect(offline?.tags).toContain("network:none");
    const pointer = async () => JSON.parse((await (await store.get(sitePointerKey("my-site")))?.text()) ?? "null");
    expect((await pointer()).manifest.worker.network).toBe(false);

    await deploy(deployer, worker, 2, true);
    expect(fake.scripts.get("my-site")?.metadata.tags).toContain("network:granted");
    expect((await pointer()).manifest.worker.network).toBe(true);
    await deployer.rollback("my-site", null, () => {});
    expect(await pointer()).toBeNull();
  });

  it("uploads a page's built TypeScript bundle and the page rewritten to it", async () => {
    const store = memoryStore();
    const files = { "index.html": `<script type="module" src="/main.ts"></script>`, "main.ts": "const b: number = 2;" };
    for (const { hash, bytes } of (await sourceFiles(files)).values())
      await store.put(`deploy/artifacts/${hash}`, bytes);
    const deployer = new WorkersForPlatformsDeployer({ ...account, baseUrl: fake.baseUrl }, store);
    await deploy(deployer, files, 3);
    const assets = Object.keys(fake.scripts.get("my-site")?.assets ?? {});
    expect(assets).toContainEqual(expect.stringMatching(/^\/assets\/main-[0-9a-f]{12}\.js$/));
  });

  it("fails with Cloudflare's message when the token is wrong", async () => {
    const store = memoryStore();
    for (const { hash, bytes } of (await sourceFiles({ "index.html": "x" })).values())
      await store.put(`deploy/artifacts/${hash}`, bytes);
    const deployer = new WorkersForPlatformsDeployer({ ...account, apiToken: "wrong", baseUrl: fake.baseUrl }, store);
    await expect(deploy(deployer, { "index.html": "x" }, 1)).rejects.toThrow(/Authentication error/);
  });
});

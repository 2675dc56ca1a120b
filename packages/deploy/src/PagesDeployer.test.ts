import * as esbuild from "esbuild-wasm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { artifactKey } from "./artifactKeys.ts";
import { buildSite } from "./buildSite.ts";
import type { Activation } from "./Deployer.ts";
import { DeployError } from "./DeployError.ts";
import type { Manifest } from "./Manifest.ts";
import { PagesDeployer } from "./PagesDeployer.ts";
import { memoryStore, sourceFiles } from "./test/memoryStore.ts";
import { startCloudflareFake } from "./test/startCloudflareFake.ts";

const account = { accountId: "acc123", apiToken: "token-abc", project: "wove-sites" };
let fake: Awaited<ReturnType<typeof startCloudflareFake>>;
beforeAll(async () => (fake = await startCloudflareFake({ ...account, pagesProject: account.project })));
afterAll(() => fake.close());

function pagesDeployer(overrides: Partial<typeof account> = {}) {
  const store = memoryStore();
  return { store, deployer: new PagesDeployer({ ...account, ...overrides, baseUrl: fake.baseUrl }, store) };
}

/** Builds and deploys `texts` to `site`; the sources go to the store first, as the snapshot puts them there. */
async function deploy(
  { store, deployer }: ReturnType<typeof pagesDeployer>,
  site: string,
  texts: Record<string, string>,
  version: number,
): Promise<{ manifest: Manifest; activation: Activation }> {
  const files = await sourceFiles(texts);
  for (const { hash, bytes } of files.values()) await store.put(artifactKey(hash), bytes);
  const result = await buildSite(esbuild, files, {});
  if (!result.ok) throw new Error(result.log.join("\n"));
  const target = { deploymentId: `${site}-d${version}`, version, projectId: "p1", site, network: false };
  const log = () => {};
  const manifest = await deployer.upload(await deployer.prepare(target, result.build, log), log);
  return { manifest, activation: await deployer.activate(site, manifest, log) };
}

describe("PagesDeployer against a fake Cloudflare API", () => {
  it("uploads only what Pages lacks, then deploys the site's branch with a manifest of Pages hashes", async () => {
    const pages = pagesDeployer();
    fake.requests.length = 0;
    const v1 = { "index.html": "<h1>one</h1>", "copy.html": "<h1>one</h1>", "a.css": "a{}" };
    const { activation } = await deploy(pages, "first-site", v1, 1);
    const base = "/client/v4/accounts/acc123/pages/projects/wove-sites";
    expect(fake.requests).toEqual([
      `GET ${base}/upload-token`,
      "POST /client/v4/pages/assets/check-missing",
      "POST /client/v4/pages/assets/upload",
      "POST /client/v4/pages/assets/upsert-hashes",
      `POST ${base}/deployments`,
    ]);
    // Two HTML files with the same bytes are one asset.
    expect(fake.pages.uploads.at(-1)).toHaveLength(2);
    expect(activation.url).toBe("https://first-site.wove-sites.pages.dev");
    expect(fake.pages.served("first-site")).toEqual({
      "/index.html": "<h1>one</h1>",
      "/copy.html": "<h1>one</h1>",
      "/a.css": "a{}",
    });

    const uploadsBefore = fake.pages.uploads.length;
    await deploy(pages, "first-site", { ...v1, "a.css": "a{color:red}" }, 2);
    expect(fake.pages.uploads.slice(uploadsBefore)).toHaveLength(1);
    expect(fake.pages.uploads.at(-1)).toHaveLength(1);
    expect(fake.pages.served("first-site")?.["/a.css"]).toBe("a{color:red}");
  });

  it("does not upload a file Pages already holds, even for another site", async () => {
    await deploy(pagesDeployer(), "site-a", { "index.html": "<p>shared by two sites</p>" }, 1);
    const uploadsBefore = fake.pages.uploads.length;
    await deploy(pagesDeployer(), "site-b", { "index.html": "<p>shared by two sites</p>" }, 1);
    expect(fake.pages.uploads.length).toBe(uploadsBefore);
    expect(fake.pages.served("site-b")).toEqual({ "/index.html": "<p>shared by two sites</p>" });
  });

  it("rolls back by deploying an earlier manifest again, and takes the site down when there is none", async () => {
    const pages = pagesDeployer();
    const { manifest: v1 } = await deploy(pages, "rolling", { "index.html": "v1" }, 1);
    await deploy(pages, "rolling", { "index.html": "v2" }, 2);
    const uploadsBefore = fake.pages.uploads.length;
    await pages.deployer.rollback("rolling", v1, () => {});
    expect(fake.pages.served("rolling")).toEqual({ "/index.html": "v1" });
    expect(fake.pages.uploads.length).toBe(uploadsBefore);

    const lines: string[] = [];
    await pages.deployer.rollback("rolling", null, (line) => lines.push(line));
    expect(Object.keys(fake.pages.served("rolling") ?? {})).toEqual(["/404.html"]);
    expect(lines).toEqual(["rolling serves nothing on Cloudflare Pages: there is no earlier version"]);
  });

  it("deploys a page's built TypeScript, and rolls back to it from the artifact store", async () => {
    const pages = pagesDeployer();
    const page = `<script type="module" src="/main.ts"></script>`;
    const { manifest: v1 } = await deploy(
      pages,
      "built-site",
      { "index.html": page, "main.ts": "const a: number = 1; console.log(a);" },
      1,
    );
    const served = fake.pages.served("built-site") ?? {};
    const bundle = Object.keys(served).find((path) => path.startsWith("/assets/main-")) ?? "";
    expect(served["/index.html"]).toBe(`<script type="module" src="${bundle}"></script>`);
    expect(served[bundle]).toContain("console.log(a)");

    await deploy(pages, "built-site", { "index.html": "plain" }, 2);
    await pages.deployer.rollback("built-site", v1, () => {});
    expect(fake.pages.served("built-site")).toEqual(served);
  });

  it("sends more than 5,000 missing files in several upload requests", async () => {
    const many = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`f/${i}.txt`, `file ${i}`]));
    const uploadsBefore = fake.pages.uploads.length;
    await deploy(pagesDeployer(), "many-files", many, 1);
    const sizes = fake.pages.uploads.slice(uploadsBefore).map((keys) => keys.length);
    expect(sizes).toEqual([5000, 1]);
    expect(Object.keys(fake.pages.served("many-files") ?? {})).toHaveLength(5001);
  });

  it("refuses a Worker project with a message that says what to set instead", async () => {
    const files = await sourceFiles({ "worker.js": "export default { fetch: () => new Response('hi') };" });
    const result = await buildSite(esbuild, files, {});
    if (!result.ok) throw new Error(result.log.join("\n"));
    const target = { deploymentId: "w1", version: 1, projectId: "p1", site: "worker-site", network: false };
    const prepared = pagesDeployer().deployer.prepare(target, result.build, () => {});
    await expect(prepared).rejects.toBeInstanceOf(DeployError);
    await expect(prepared).rejects.toThrow(/DISPATCH_NAMESPACE/);
  });

  it("fails with Cloudflare's message for a wrong token or an unknown project", async () => {
    await expect(deploy(pagesDeployer({ apiToken: "wrong" }), "x", { "index.html": "x" }, 1)).rejects.toThrow(
      /Authentication error/,
    );
    await expect(deploy(pagesDeployer({ project: "nope" }), "x", { "index.html": "x" }, 1)).rejects.toThrow(
      /Project not found/,
    );
  });
});

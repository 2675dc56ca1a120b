import { describe, expect, it } from "vitest";
import { artifactKey, sitePointerKey } from "./artifactKeys.ts";
import type { Build } from "./Build.ts";
import { buildSite } from "./buildSite.ts";
import { LocalDeployer } from "./LocalDeployer.ts";
import type { SitePointer } from "./Manifest.ts";
import { memoryStore, sourceFiles } from "./test/memoryStore.ts";

const noBundler = { build: () => Promise.reject(new Error("no Worker here")) } as never;

async function staticBuild(texts: Record<string, string>): Promise<Build> {
  const result = await buildSite(noBundler, await sourceFiles(texts), {});
  if (!result.ok) throw new Error(result.log.join("\n"));
  return result.build;
}

async function deploy(deployer: LocalDeployer, build: Build, version: number) {
  const target = { deploymentId: `d${version}`, version, projectId: "p", site: "s", network: false };
  const manifest = await deployer.upload(await deployer.prepare(target, build, () => {}), () => {});
  await deployer.activate("s", manifest, () => {});
  return manifest;
}

describe("LocalDeployer", () => {
  it("stores each distinct file once, across files and across versions", async () => {
    const store = memoryStore();
    const deployer = new LocalDeployer(store);
    await deploy(deployer, await staticBuild({ "index.html": "same", "copy.html": "same", "a.css": "v1" }), 1);
    const firstArtifacts = store.puts.filter((key) => key.startsWith("deploy/artifacts/"));
    expect(firstArtifacts).toHaveLength(2);

    store.puts.length = 0;
    await deploy(deployer, await staticBuild({ "index.html": "same", "copy.html": "same", "a.css": "v2" }), 2);
    expect(store.puts.filter((key) => key.startsWith("deploy/artifacts/"))).toHaveLength(1);
  });

  it("points the site at a version on activation, back on rollback, and nowhere without one", async () => {
    const store = memoryStore();
    const deployer = new LocalDeployer(store);
    const v1 = await deploy(deployer, await staticBuild({ "index.html": "one" }), 1);
    await deploy(deployer, await staticBuild({ "index.html": "two" }), 2);
    const pointer = async () => {
      const object = await store.get(sitePointerKey("s"));
      return object ? (JSON.parse(await object.text()) as SitePointer) : null;
    };
    expect((await pointer())?.manifest.version).toBe(2);
    await deployer.rollback("s", v1, () => {});
    const restored = await pointer();
    expect(restored?.manifest.version).toBe(1);
    const index = restored?.manifest.files["/index.html"];
    expect(index && store.objects.has(artifactKey(index.hash))).toBe(true);
    await deployer.rollback("s", null, () => {});
    expect(await pointer()).toBeNull();
  });
});

import type { ArtifactStore } from "./ArtifactStore.ts";
import { artifactKey, sitePointerKey } from "./artifactKeys.ts";
import type { Build } from "./Build.ts";
import { buildManifest } from "./buildManifest.ts";
import type { Activation, Deployer, DeployTarget, UploadPlan } from "./Deployer.ts";
import type { Manifest, SitePointer } from "./Manifest.ts";

/**
 * The embedded deployer: artifacts in the platform's R2 bucket under their sha256 (the
 * runner records each version's manifest next to them), and a pointer per site that the platform Worker serves by Host
 * header. Activation and rollback rewrite only the pointer, so both are one write.
 */
export class LocalDeployer implements Deployer {
  readonly name = "local";

  constructor(private readonly store: ArtifactStore) {}

  async prepare(target: DeployTarget, build: Build, log: (line: string) => void): Promise<UploadPlan> {
    const hashes = new Set(artifactsOf(build).keys());
    const held = await Promise.all(
      [...hashes].map(async (hash) => [hash, await this.store.head(artifactKey(hash))] as const),
    );
    const missing = new Set(held.filter(([, object]) => !object).map(([hash]) => hash));
    log(`${hashes.size - missing.size} of ${hashes.size} artifact(s) already stored`);
    return { target, build, missing };
  }

  async upload({ target, build, missing }: UploadPlan, log: (line: string) => void): Promise<Manifest> {
    const artifacts = artifactsOf(build);
    await Promise.all(
      [...missing].map((hash) => this.store.put(artifactKey(hash), artifacts.get(hash) ?? new Uint8Array())),
    );
    log(`Uploaded ${missing.size} new artifact(s) for version ${target.version}`);
    return buildManifest(target, build);
  }

  async activate(site: string, manifest: Manifest, log: (line: string) => void): Promise<Activation> {
    const pointer: SitePointer = { site, manifest };
    await this.store.put(sitePointerKey(site), JSON.stringify(pointer));
    log(`${site} now serves version ${manifest.version}`);
    return {};
  }

  async rollback(site: string, to: Manifest | null, log: (line: string) => void): Promise<void> {
    if (to) {
      await this.activate(site, to, log);
      return;
    }
    await this.store.delete(sitePointerKey(site));
    log(`${site} serves nothing: there is no earlier version`);
  }
}

/** Every artifact of a build by hash: the served files and the Worker bundle. */
export function artifactsOf(build: Build): Map<string, Uint8Array> {
  const artifacts = new Map(build.files.map((file) => [file.hash, file.bytes] as const));
  if (build.worker) artifacts.set(build.worker.hash, build.worker.code);
  return artifacts;
}

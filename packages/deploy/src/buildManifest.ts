import type { Build } from "./Build.ts";
import type { DeployTarget } from "./Deployer.ts";
import type { Manifest } from "./Manifest.ts";

/** The manifest of a build: every deployer records the same one, whatever it uploads. */
export function buildManifest(target: DeployTarget, build: Build, now = new Date()): Manifest {
  const files: Manifest["files"] = {};
  for (const { urlPath, hash, size, type } of build.files) files[urlPath] = { hash, size, type };
  const { worker } = build;
  return {
    deploymentId: target.deploymentId,
    version: target.version,
    projectId: target.projectId,
    kind: build.detection.kind,
    files,
    ...(worker ? { worker: { hash: worker.hash, size: worker.size, network: target.network } } : {}),
    createdAt: now.toISOString(),
  };
}

import type { ArtifactStore } from "./ArtifactStore.ts";
import { artifactKey } from "./artifactKeys.ts";
import type { Build } from "./Build.ts";
import { artifactsOf } from "./LocalDeployer.ts";

/**
 * Puts what a build made (a Worker bundle, built page scripts, rewritten pages) in the
 * artifact store when it is not there yet: the snapshot stored only the sources, and a
 * Cloudflare deployer reads every file of a version back from the store to roll back to it.
 */
export async function storeArtifacts(store: ArtifactStore, build: Build): Promise<void> {
  await Promise.all(
    [...artifactsOf(build)].map(async ([hash, bytes]) => {
      if (!(await store.head(artifactKey(hash)))) await store.put(artifactKey(hash), bytes);
    }),
  );
}

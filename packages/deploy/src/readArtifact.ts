import type { ArtifactStore } from "./ArtifactStore.ts";
import { artifactKey } from "./artifactKeys.ts";

/** An artifact's bytes; a missing one is a bug (the snapshot and upload store every one). */
export async function readArtifact(store: ArtifactStore, hash: string): Promise<Uint8Array> {
  const object = await store.get(artifactKey(hash));
  if (!object) throw new Error(`artifact ${hash} is missing from storage`);
  return new Uint8Array(await object.arrayBuffer());
}

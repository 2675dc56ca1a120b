import type { Manifest } from "@wove/deploy";
import type { Bindings } from "../AppEnv.ts";

/** A recorded manifest (see runDeployment), or null when there is none under `key`. */
export async function readManifest(env: Bindings, key: string | null): Promise<Manifest | null> {
  if (!key) return null;
  const object = await env.BLOBS.get(key);
  return object ? object.json<Manifest>() : null;
}

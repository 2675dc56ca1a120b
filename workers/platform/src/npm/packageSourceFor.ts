import { registrySource, type PackageSource } from "@wove/npm";
import type { Bindings } from "../AppEnv.ts";
import { readBuiltin } from "./readBuiltin.ts";

/**
 * Packages as the platform reads them: the registry at NPM_REGISTRY_URL, through R2
 * (tarballs content-addressed by integrity, so a second deploy, or one while the registry
 * is down, fetches nothing), and the built-ins from the web app's assets.
 */
export function packageSourceFor(env: Bindings): PackageSource {
  return registrySource({
    registry: env.NPM_REGISTRY_URL || "https://registry.npmjs.org",
    cache: env.BLOBS,
    readBuiltin: (path) => readBuiltin(env, path),
  });
}

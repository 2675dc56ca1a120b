import type { Manifest } from "@wove/deploy";

/**
 * The manifest as the site serves it under the owner's current grant (`sites.network`).
 * Every activation (a deploy, a rollback, a rename, a grant changed) goes through here,
 * so a version deployed under an older grant never brings it back. The stored manifest
 * (`manifestKey`) keeps what its deploy recorded; the site's pointer holds this copy.
 */
export function grantNetwork(manifest: Manifest, network: boolean): Manifest {
  if (!manifest.worker || manifest.worker.network === network) return manifest;
  return { ...manifest, worker: { ...manifest.worker, network } };
}

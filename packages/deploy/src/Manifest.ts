import type { ProjectKind } from "@wove/protocol";

/** One file a site serves: its bytes live once, under their sha256 (see artifactKey). */
export interface ManifestFile {
  hash: string;
  size: number;
  type: string;
}

/**
 * What one deployment version serves, written once and never changed: rollback is
 * pointing the site at an older manifest. Paths are absolute URL paths (`/index.html`).
 */
export interface Manifest {
  deploymentId: string;
  version: number;
  projectId: string;
  kind: ProjectKind;
  files: Record<string, ManifestFile>;
  /**
   * The bundled Worker module, for worker and full-stack sites. `network` is the owner's
   * grant on the site row when this copy was activated: the platform re-applies the
   * current grant whenever it activates a version (see the platform's grantNetwork.ts).
   */
  worker?: { hash: string; size: number; network: boolean };
  createdAt: string;
}

/** A site's pointer to the deployment it serves. The manifest travels inside, so one read routes a request. */
export interface SitePointer {
  site: string;
  manifest: Manifest;
}

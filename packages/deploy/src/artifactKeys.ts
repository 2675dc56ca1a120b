/**
 * Where deploys keep things in the artifact store (R2 locally). Artifacts are
 * content-addressed, so a file unchanged between versions, or shared by projects, is
 * stored once; manifests and snapshots are per deployment and never rewritten.
 */
export const artifactKey = (sha256: string) => `deploy/artifacts/${sha256}`;
export const manifestKey = (deploymentId: string) => `deploy/manifests/${deploymentId}.json`;
export const snapshotKey = (deploymentId: string) => `deploy/snapshots/${deploymentId}.json`;
export const sitePointerKey = (site: string) => `deploy/sites/${site}.json`;

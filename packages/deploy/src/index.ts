export type { ArtifactStore } from "./ArtifactStore.ts";
export { artifactKey, manifestKey, sitePointerKey, snapshotKey } from "./artifactKeys.ts";
export type { Build, BuildResult, BuiltFile } from "./Build.ts";
export { buildManifest } from "./buildManifest.ts";
export { buildSite } from "./buildSite.ts";
export { bundleModule, type Bundler, type BundleTarget } from "./bundleModule.ts";
export { chooseEncoding, type ContentCoding } from "./chooseEncoding.ts";
export { contentTypeOf, isCompressible } from "./contentTypeOf.ts";
export type { Activation, Deployer, DeployTarget, UploadPlan } from "./Deployer.ts";
export { DeployError } from "./DeployError.ts";
export { readDeploySettings, type DeploySettings } from "./DeploySettings.ts";
export { artifactsOf, LocalDeployer } from "./LocalDeployer.ts";
export type { Manifest, ManifestFile, SitePointer } from "./Manifest.ts";
export { pagesAssetHash } from "./pagesAssetHash.ts";
export { PagesDeployer, type PagesAccount } from "./PagesDeployer.ts";
export { cacheControlFor, isHashedAssetName, resolveAsset, type Resolved } from "./resolveAsset.ts";
export { sha256Hex } from "./sha256Hex.ts";
export { checkSiteName, defaultSiteName, numberedSiteName } from "./siteName.ts";
export {
  assetHash,
  SITE_LIMITS,
  WorkersForPlatformsDeployer,
  type CloudflareAccount,
} from "./WorkersForPlatformsDeployer.ts";
export type { Snapshot, SnapshotFile, SourceFiles } from "./Snapshot.ts";

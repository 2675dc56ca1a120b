export { BUILTIN_BASE, BUILTIN_INDEX, BUILTIN_PACKAGES, BUILTIN_SCHEME, builtinAssetPath } from "./builtinPackages.ts";
export {
  emptyLockfile,
  LOCKFILE_PATH,
  packageKey,
  readLockfile,
  splitKey,
  writeLockfile,
  type LockedPackage,
  type Lockfile,
} from "./Lockfile.ts";
export { keyFor, NPM_NAMESPACE, npmPlugin, splitSpecifier, type ProjectPackages } from "./npmPlugin.ts";
export type { PackageFiles } from "./PackageFiles.ts";
export type { PackageSource } from "./PackageSource.ts";
export type { Packument, PackumentVersion } from "./Packument.ts";
export { pickVersion } from "./pickVersion.ts";
export { readDependencies } from "./readDependencies.ts";
export { resolveInPackage, type ResolveConditions } from "./resolveInPackage.ts";
export { resolveLock, type ResolveLockResult } from "./resolveLock.ts";
export { refusalOf, unpackPackage, type UnpackResult } from "./unpackPackage.ts";
export { integrityOf, verifyIntegrity } from "./verifyIntegrity.ts";
export { registrySource, tarballKey, type PackageCache } from "./registrySource.ts";
export { loadPackage } from "./loadPackage.ts";
export { resolveProject, type ResolveProjectResult } from "./resolveProject.ts";

import type { Lockfile } from "./Lockfile.ts";
import type { PackageFiles } from "./PackageFiles.ts";
import type { PackageSource } from "./PackageSource.ts";
import { unpackPackage } from "./unpackPackage.ts";

/**
 * `ProjectPackages.load` over a source: the locked package's tarball (the project's lock
 * first, then the built-ins), checked and unpacked. A failure throws with the message the
 * build log shows (esbuild reports it at the import that needed the package).
 */
export function loadPackage(source: PackageSource, lock: Lockfile, builtins: Lockfile) {
  return async (key: string): Promise<PackageFiles> => {
    const entry = lock.packages[key] ?? builtins.packages[key];
    if (!entry) throw new Error(`${key} is not in wove-lock.json: resolve the project's packages again`);
    const unpacked = await unpackPackage(key, await source.tarball(key, entry), entry.integrity);
    if (!unpacked.ok) throw new Error(unpacked.error);
    return unpacked.files;
  };
}

import type { LockedPackage } from "./Lockfile.ts";
import type { Packument } from "./Packument.ts";

/**
 * Where packages come from: a registry (through a cache) on the server, the server's
 * routes in the browser. Throws an Error whose message the build log can show (the
 * registry is down, the package does not exist).
 */
export interface PackageSource {
  packument(name: string): Promise<Packument>;
  /** The tarball's bytes; the caller checks them against `pkg.integrity`. */
  tarball(id: string, pkg: LockedPackage): Promise<Uint8Array>;
}

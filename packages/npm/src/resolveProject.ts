import { emptyLockfile, readLockfile, writeLockfile, type Lockfile } from "./Lockfile.ts";
import { loadPackage } from "./loadPackage.ts";
import type { ProjectPackages } from "./npmPlugin.ts";
import type { PackageSource } from "./PackageSource.ts";
import { readDependencies } from "./readDependencies.ts";
import { resolveLock } from "./resolveLock.ts";

export type ResolveProjectResult =
  | {
      ok: true;
      packages: ProjectPackages;
      /** The lockfile's new text when resolution changed it (to write back), else null. */
      lockText: string | null;
      log: string[];
    }
  | { ok: false; error: string };

/**
 * What a build of a project may import, from its package.json and wove-lock.json texts
 * (either may be absent): the ranges resolved to a lock (`resolveLock`), and the loader of
 * locked packages over `source`. The preview and a deploy both start here, so the same
 * two files give the same packages. A project without a lockfile gets one written only
 * when it declares packages; the built-ins need none.
 */
export async function resolveProject({
  packageJson,
  lockText,
  builtins,
  source,
}: {
  packageJson: string | undefined;
  lockText: string | undefined;
  builtins: Lockfile;
  source: PackageSource;
}): Promise<ResolveProjectResult> {
  const declared = readDependencies(packageJson);
  if (!declared.ok) return declared;
  let lock = emptyLockfile();
  if (lockText !== undefined) {
    const read = readLockfile(lockText);
    if (!read.ok) return read;
    lock = read.lock;
  }
  const { dependencies } = declared;
  const resolved = await resolveLock({ dependencies, lock, builtins, source });
  if (!resolved.ok) return resolved;
  const count = Object.keys(resolved.lock.packages).length;
  const log = count ? [`Resolved ${count} package(s) from package.json`] : [];
  if (resolved.fetched.length) log.push(`Asked the registry about ${resolved.fetched.join(", ")}`);
  const write = resolved.changed && (lockText !== undefined || Object.keys(dependencies).length > 0);
  return {
    ok: true,
    packages: {
      dependencies,
      lock: resolved.lock,
      builtins,
      load: loadPackage(source, resolved.lock, builtins),
    },
    lockText: write ? writeLockfile(resolved.lock) : null,
    log,
  };
}

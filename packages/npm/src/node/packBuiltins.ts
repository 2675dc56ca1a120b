import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { BUILTIN_PACKAGES, BUILTIN_SCHEME } from "../builtinPackages.ts";
import { emptyLockfile, packageKey, writeLockfile, type LockedPackage } from "../Lockfile.ts";
import { satisfies } from "../pickVersion.ts";
import { integrityOf } from "../verifyIntegrity.ts";
import { packDirectory } from "./packDirectory.ts";

const require = createRequire(import.meta.url);

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * The built-in packages as files to serve under BUILTIN_BASE: each tarball, packed from
 * the copy in our node_modules, and `index.json`, their lockfile (every range one of
 * them asks for pinned to the built-in that satisfies it).
 */
export async function packBuiltins(): Promise<{ fileName: string; source: Uint8Array }[]> {
  const lock = emptyLockfile();
  const out: { fileName: string; source: Uint8Array }[] = [];
  const manifests: Manifest[] = [];
  for (const name of BUILTIN_PACKAGES) {
    const manifestPath = require.resolve(`${name}/package.json`);
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
    const tarball = await packDirectory(dirname(manifestPath));
    const fileName = `${name}-${manifest.version}.tgz`;
    const entry: LockedPackage = { resolved: `${BUILTIN_SCHEME}${fileName}`, integrity: await integrityOf(tarball) };
    if (manifest.dependencies) entry.dependencies = manifest.dependencies;
    if (manifest.peerDependencies) entry.peerDependencies = manifest.peerDependencies;
    lock.packages[packageKey(name, manifest.version)] = entry;
    lock.specifiers[packageKey(name, manifest.version)] = manifest.version;
    manifests.push(manifest);
    out.push({ fileName, source: tarball });
  }
  for (const manifest of manifests) {
    for (const [dep, range] of Object.entries(manifest.dependencies ?? {})) {
      const provider = manifests.find((m) => m.name === dep && satisfies(m.version, range));
      if (!provider) throw new Error(`built-in ${manifest.name} needs ${dep}@${range}, which is not built in`);
      lock.specifiers[`${dep}@${range}`] = provider.version;
    }
  }
  out.push({ fileName: "index.json", source: new TextEncoder().encode(writeLockfile(lock)) });
  return out;
}

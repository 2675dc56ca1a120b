import { emptyLockfile, packageKey, splitKey, writeLockfile, type LockedPackage, type Lockfile } from "./Lockfile.ts";
import type { PackageSource } from "./PackageSource.ts";
import type { Packument, PackumentVersion } from "./Packument.ts";
import { isDistTag, pickVersion, satisfies } from "./pickVersion.ts";

export type ResolveLockResult =
  { ok: true; lock: Lockfile; changed: boolean; fetched: string[] } | { ok: false; error: string };

/**
 * The lockfile for a project's dependencies (name → range, from package.json): every
 * range asked for, transitively, pinned to one version, in this order of preference:
 * 1. what the current lockfile says, while it still satisfies the range (no network);
 * 2. a package the platform ships (`builtins`, itself a lockfile), when it satisfies;
 * 3. the registry's packument, by `pickVersion`.
 * Entries nothing asks for any more are dropped, so the result depends only on the
 * ranges, the old lock and the registry. `changed` says whether it should be written back;
 * `fetched` names the packuments asked for. Peer dependencies are not installed: a
 * package's import of one resolves as the project's own import would.
 */
export async function resolveLock({
  dependencies,
  lock,
  builtins,
  source,
}: {
  dependencies: Record<string, string>;
  lock: Lockfile;
  builtins: Lockfile;
  source: PackageSource;
}): Promise<ResolveLockResult> {
  const next = emptyLockfile();
  const packuments = new Map<string, Promise<Packument>>();
  const packument = (name: string) => {
    let found = packuments.get(name);
    if (!found) packuments.set(name, (found = source.packument(name)));
    return found;
  };
  const pending: [string, string][] = Object.entries(dependencies);
  const seen = new Set<string>();
  while (pending.length) {
    const batch = pending.splice(0).filter(([name, range]) => !seen.has(`${name}@${range}`));
    batch.forEach(([name, range]) => seen.add(`${name}@${range}`));
    const picks = await Promise.all(
      batch.map(([name, range]) =>
        pick(name, range, lock, builtins, packument).catch((err: unknown) => ({
          error: `Cannot resolve ${name}@${range}: ${err instanceof Error ? err.message : String(err)}`,
        })),
      ),
    );
    for (const [index, picked] of picks.entries()) {
      if ("error" in picked) return { ok: false, error: picked.error };
      const [name, range] = batch[index] ?? ["", ""];
      next.specifiers[`${name}@${range}`] = picked.version;
      const key = packageKey(name, picked.version);
      if (next.packages[key]) continue;
      next.packages[key] = picked.entry;
      pending.push(...Object.entries(picked.entry.dependencies ?? {}));
    }
  }
  return {
    ok: true,
    lock: next,
    changed: writeLockfile(next) !== writeLockfile(lock),
    fetched: [...packuments.keys()],
  };
}

type Picked = { version: string; entry: LockedPackage } | { error: string };

async function pick(
  name: string,
  range: string,
  lock: Lockfile,
  builtins: Lockfile,
  packument: (name: string) => Promise<Packument>,
): Promise<Picked> {
  const locked = lock.specifiers[`${name}@${range}`];
  const lockedEntry = locked && lock.packages[packageKey(name, locked)];
  if (locked && lockedEntry && (satisfies(locked, range) || isDistTag(range)))
    return { version: locked, entry: lockedEntry };
  const builtin = Object.entries(builtins.packages)
    .map(([key, entry]) => ({ ...splitKey(key), entry }))
    .find((candidate) => candidate.name === name && satisfies(candidate.version, range));
  if (builtin) return { version: builtin.version, entry: builtin.entry };
  const document = await packument(name);
  const version = pickVersion(document, range);
  const manifest = version ? document.versions[version] : undefined;
  if (!version || !manifest)
    return { error: `no version of ${name} satisfies "${range}" (the registry has ${latestOf(document)})` };
  const refusal = refusalOfManifest(packageKey(name, version), manifest);
  if (refusal) return { error: refusal };
  return { version, entry: lockedFrom(manifest) };
}

function lockedFrom(manifest: PackumentVersion): LockedPackage {
  const integrity =
    manifest.dist.integrity ?? (manifest.dist.shasum ? `sha1-${hexToBase64(manifest.dist.shasum)}` : undefined);
  if (!integrity) throw new Error(`${manifest.version} has no integrity in the registry`);
  const entry: LockedPackage = { resolved: manifest.dist.tarball, integrity };
  if (manifest.dependencies && Object.keys(manifest.dependencies).length) entry.dependencies = manifest.dependencies;
  if (manifest.peerDependencies && Object.keys(manifest.peerDependencies).length)
    entry.peerDependencies = manifest.peerDependencies;
  return entry;
}

/** The registry's manifest already says what the tarball would (scripts, gypfile): refuse before downloading it. */
function refusalOfManifest(id: string, manifest: PackumentVersion): string | null {
  const scripts = (["preinstall", "install", "postinstall"] as const).filter((s) => manifest.scripts?.[s]);
  if (scripts.length || manifest.hasInstallScript)
    return `${id} has install scripts (${scripts.join(", ") || "the registry says so"}), which deploys do not run: use a package that works without them`;
  if (manifest.gypfile)
    return `${id} contains native code (gypfile), which neither a browser nor a Worker can load: use a pure JavaScript or WebAssembly package instead`;
  return null;
}

function latestOf(document: Packument): string {
  const latest = document["dist-tags"]?.latest;
  return latest ? `latest ${latest}` : `${Object.keys(document.versions).length} version(s)`;
}

function hexToBase64(hex: string): string {
  return btoa(String.fromCharCode(...(hex.match(/../g) ?? []).map((byte) => parseInt(byte, 16))));
}

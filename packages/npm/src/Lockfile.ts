/**
 * `wove-lock.json`, the lockfile a project keeps beside its package.json: what every
 * range asked for resolved to, and where each chosen version's tarball is, with the
 * integrity it must have. The same package.json and lockfile give the same files, in the
 * preview and in a deploy, without asking any registry.
 *
 * ```json
 * {
 *   "lockfileVersion": 1,
 *   "specifiers": { "react@^19.0.0": "19.3.1", "scheduler@^0.28.0": "0.28.0" },
 *   "packages": {
 *     "react@19.3.1": { "resolved": "https://registry.npmjs.org/react/-/react-19.3.1.tgz", "integrity": "sha512-…" }
 *   }
 * }
 * ```
 *
 * `specifiers` are keyed `name@range` (the project's ranges and its packages' own), so
 * two packages asking for different majors of a third each get theirs.
 */
export interface Lockfile {
  lockfileVersion: 1;
  specifiers: Record<string, string>;
  packages: Record<string, LockedPackage>;
}

export interface LockedPackage {
  /** The tarball's URL; `builtin:<file>` for the packages the platform ships itself. */
  resolved: string;
  /** Subresource Integrity of the tarball (`sha512-…`, as npm's `dist.integrity`). */
  integrity: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export const LOCKFILE_PATH = "wove-lock.json";

export const emptyLockfile = (): Lockfile => ({ lockfileVersion: 1, specifiers: {}, packages: {} });

/** `name@version`, the key of a locked package (scoped names keep their leading `@`). */
export const packageKey = (name: string, version: string): string => `${name}@${version}`;

/** Splits `name@version` (or `name@range`) at the `@` that is not a scope's. */
export function splitKey(key: string): { name: string; version: string } {
  const at = key.indexOf("@", 1);
  return { name: key.slice(0, at), version: key.slice(at + 1) };
}

export type ReadLockfileResult = { ok: true; lock: Lockfile } | { ok: false; error: string };

/** Parses a project's lockfile; a broken one is an error that says how to recover. */
export function readLockfile(text: string): ReadLockfileResult {
  const broken = (why: string): ReadLockfileResult => ({
    ok: false,
    error: `${LOCKFILE_PATH} is not a Wove lockfile (${why}): fix it, or delete it to resolve package.json again`,
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return broken(err instanceof Error ? err.message : "invalid JSON");
  }
  if (!isRecord(value) || value.lockfileVersion !== 1) return broken("lockfileVersion is not 1");
  const { specifiers, packages } = value;
  if (!isStringRecord(specifiers)) return broken("specifiers must map name@range to a version");
  if (!isRecord(packages)) return broken("packages must be an object");
  for (const [key, entry] of Object.entries(packages)) {
    if (
      !isRecord(entry) ||
      typeof entry.resolved !== "string" ||
      typeof entry.integrity !== "string" ||
      (entry.dependencies !== undefined && !isStringRecord(entry.dependencies)) ||
      (entry.peerDependencies !== undefined && !isStringRecord(entry.peerDependencies))
    )
      return broken(`packages["${key}"] needs resolved and integrity`);
  }
  return { ok: true, lock: { lockfileVersion: 1, specifiers, packages: packages as Record<string, LockedPackage> } };
}

/**
 * The lockfile's text, keys sorted, so the same resolution always writes the same bytes
 * and a change in the document is a change in what resolves.
 */
export function writeLockfile(lock: Lockfile): string {
  const sorted = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const packages = Object.fromEntries(
    Object.entries(sorted(lock.packages)).map(([key, entry]) => [
      key,
      {
        resolved: entry.resolved,
        integrity: entry.integrity,
        ...(entry.dependencies && Object.keys(entry.dependencies).length
          ? { dependencies: sorted(entry.dependencies) }
          : {}),
        ...(entry.peerDependencies && Object.keys(entry.peerDependencies).length
          ? { peerDependencies: sorted(entry.peerDependencies) }
          : {}),
      },
    ]),
  );
  return `${JSON.stringify({ lockfileVersion: 1, specifiers: sorted(lock.specifiers), packages }, null, 2)}\n`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isStringRecord = (value: unknown): value is Record<string, string> =>
  isRecord(value) && Object.values(value).every((v) => typeof v === "string");

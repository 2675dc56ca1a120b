import {
  BUILTIN_INDEX,
  builtinAssetPath,
  LOCKFILE_PATH,
  readLockfile,
  resolveProject,
  type Lockfile,
  type PackageFiles,
  type PackageSource,
  type ProjectPackages,
} from "@wove/npm";
import type { PreviewFiles } from "./toDataUrl.ts";

/** What survives between rebuilds: the built-ins' index and packages already unpacked (by key and integrity). */
export interface PackageCaches {
  builtins?: Promise<Lockfile>;
  unpacked: Map<string, Promise<PackageFiles>>;
}

export type PreviewPackages = { ok: true; packages: ProjectPackages } | { ok: false; error: string };

/**
 * The packages a preview build imports, resolved from the project's package.json and
 * wove-lock.json by `resolveProject`, the function a deploy runs, so what previews is what
 * deploys. Built-ins (React, ReactDOM, Preact) come from the app's own precached assets,
 * so templates preview offline; other packages through the platform's npm routes, which
 * cache them in R2 and fetch from its registry. A locked project asks for no packument.
 */
export async function resolvePreviewPackages(
  files: PreviewFiles,
  projectId: string,
  caches: PackageCaches,
): Promise<PreviewPackages> {
  const text = (path: string) => {
    const file = files.get(path);
    return file && "text" in file ? file.text : undefined;
  };
  const builtins = await (caches.builtins ??= loadBuiltins().catch((err: unknown) => {
    caches.builtins = undefined;
    throw err;
  }));
  const resolved = await resolveProject({
    packageJson: text("package.json"),
    lockText: text(LOCKFILE_PATH),
    builtins,
    source: platformSource(projectId),
  });
  if (!resolved.ok) return resolved;
  const { packages } = resolved;
  const load = (key: string) => {
    const entry = packages.lock.packages[key] ?? builtins.packages[key];
    const id = `${key} ${entry?.integrity ?? ""}`;
    let files = caches.unpacked.get(id);
    if (!files) {
      caches.unpacked.set(id, (files = packages.load(key)));
      files.catch(() => caches.unpacked.delete(id));
    }
    return files;
  };
  return { ok: true, packages: { ...packages, load } };
}

async function loadBuiltins(): Promise<Lockfile> {
  const res = await fetch(BUILTIN_INDEX);
  if (!res.ok) throw new Error(`the IDE's built-in packages are missing (${BUILTIN_INDEX} answered ${res.status})`);
  const read = readLockfile(await res.text());
  if (!read.ok) throw new Error(read.error);
  return read.lock;
}

/** The platform's npm routes (GET /api/projects/:id/npm/*) and the app's built-in assets. */
function platformSource(projectId: string): PackageSource {
  const base = `/api/projects/${encodeURIComponent(projectId)}/npm`;
  const answer = async (res: Response, what: string) => {
    if (res.ok) return res;
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `${what} answered ${res.status}`);
  };
  return {
    async packument(name) {
      const res = await answer(await fetch(`${base}/packuments/${name.replace("/", "%2f")}`), name);
      return res.json();
    },
    async tarball(id, pkg) {
      const asset = builtinAssetPath(pkg.resolved);
      const query = new URLSearchParams({ url: pkg.resolved, integrity: pkg.integrity });
      const res = await answer(await fetch(asset ?? `${base}/tarballs?${query}`), id);
      return new Uint8Array(await res.arrayBuffer());
    },
  };
}

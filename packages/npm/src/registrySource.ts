import { builtinAssetPath } from "./builtinPackages.ts";
import type { LockedPackage } from "./Lockfile.ts";
import type { PackageSource } from "./PackageSource.ts";
import type { Packument } from "./Packument.ts";
import { verifyIntegrity } from "./verifyIntegrity.ts";

/** Bytes by key: R2 in the Worker (`ArtifactStore`'s shape), a Map in tests. */
export interface PackageCache {
  get(key: string): Promise<{ arrayBuffer(): Promise<ArrayBuffer> } | null>;
  put(key: string, value: Uint8Array | string): Promise<unknown>;
}

/**
 * Packages from an npm registry through a cache, as the server reads them:
 * - a tarball is cached content-addressed by its integrity (`npm/tarballs/<algo>-<hex>`),
 *   stored only once its bytes match, so a second build and a build with the registry
 *   unreachable read it without asking;
 * - a packument (the abbreviated install document) is fetched fresh so new versions
 *   appear, and cached, so resolution still works when the registry cannot be reached;
 * - a built-in (`builtin:<file>`) is read by `readBuiltin` (the platform's own assets).
 */
export function registrySource({
  registry,
  cache,
  readBuiltin,
  fetch: fetchFn = fetch,
}: {
  registry: string;
  cache: PackageCache;
  readBuiltin: (assetPath: string) => Promise<Uint8Array>;
  fetch?: typeof fetch;
}): PackageSource {
  const base = registry.replace(/\/+$/, "");
  return {
    async packument(name: string): Promise<Packument> {
      const key = `npm/packuments/${name}.json`;
      let response: Response;
      try {
        response = await fetchFn(`${base}/${name.replace("/", "%2f")}`, {
          headers: { accept: "application/vnd.npm.install-v1+json; q=1.0, application/json; q=0.8" },
        });
      } catch (err) {
        const cached = await cache.get(key);
        if (cached) return JSON.parse(new TextDecoder().decode(await cached.arrayBuffer())) as Packument;
        throw new Error(`the registry ${base} cannot be reached (${err instanceof Error ? err.message : err})`, {
          cause: err,
        });
      }
      if (response.status === 404) throw new Error(`the registry ${base} has no package "${name}"`);
      if (!response.ok) throw new Error(`the registry ${base} answered ${response.status} for ${name}`);
      const text = await response.text();
      await cache.put(key, text);
      return JSON.parse(text) as Packument;
    },
    async tarball(id: string, pkg: LockedPackage): Promise<Uint8Array> {
      const asset = builtinAssetPath(pkg.resolved);
      if (asset) return readBuiltin(asset);
      const key = tarballKey(pkg.integrity);
      const cached = await cache.get(key);
      if (cached) return new Uint8Array(await cached.arrayBuffer());
      let response: Response;
      try {
        response = await fetchFn(pkg.resolved);
      } catch (err) {
        throw new Error(`${id}: ${pkg.resolved} cannot be reached (${err instanceof Error ? err.message : err})`, {
          cause: err,
        });
      }
      if (!response.ok) throw new Error(`${id}: ${pkg.resolved} answered ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      // Checked again when unpacked; checked here so the cache never holds wrong bytes under a right name.
      if (await verifyIntegrity(bytes, pkg.integrity)) await cache.put(key, bytes);
      return bytes;
    },
  };
}

/** `sha512-<base64>` → `npm/tarballs/sha512-<hex>`: a key safe in any store. */
export function tarballKey(integrity: string): string {
  const [first = ""] = integrity.trim().split(/\s+/);
  const dash = first.indexOf("-");
  const hex = [...atob(first.slice(dash + 1))].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join("");
  return `npm/tarballs/${first.slice(0, dash)}-${hex}`;
}

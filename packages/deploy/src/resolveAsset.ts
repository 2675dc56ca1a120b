import type { Manifest, ManifestFile } from "./Manifest.ts";

export type Resolved =
  | { found: true; path: string; file: ManifestFile }
  | { found: false; notFoundPage?: { path: string; file: ManifestFile } };

/**
 * The file a URL path names in a manifest, the way static hosts do it: the exact file,
 * then `<path>.html`, then `<path>/index.html`. Not found, the site's own `/404.html`
 * when it has one.
 */
export function resolveAsset(manifest: Manifest, pathname: string): Resolved {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    path = pathname;
  }
  const candidates = path.endsWith("/") ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
  for (const candidate of candidates) {
    const file = manifest.files[candidate];
    if (file) return { found: true, path: candidate, file };
  }
  const page = manifest.files["/404.html"];
  return { found: false, ...(page ? { notFoundPage: { path: "/404.html", file: page } } : {}) };
}

/** A name carrying a content hash (`app.3f9a1c2e.js`, `index-BdX8_k2a.css`): safe to cache forever. */
export function isHashedAssetName(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return /[.-][A-Za-z0-9_]{8,}\.[a-z0-9]+$/.test(name) && /\d/.test(name.replace(/\.[a-z0-9]+$/, ""));
}

/** Hashed names never change content; everything else is revalidated against its ETag. */
export function cacheControlFor(path: string): string {
  return isHashedAssetName(path) ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
}

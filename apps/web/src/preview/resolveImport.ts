import { isBareSpecifier, resolvePath } from "./resolvePath.ts";
import { VENDOR_BASE, VENDORED_PACKAGES } from "./vendoredPackages.ts";

/** Where an import goes in a preview build. */
export type Resolution =
  | { namespace: "project"; path: string }
  /** A vendored file on the IDE's origin, by absolute URL path (`/preview-vendor/react.js`). */
  | { namespace: "vendor"; path: string }
  /** Left as an import of this URL for the browser to load (the ESM CDN). */
  | { external: string }
  | { error: string };

/** Suffixes tried, in order, for an import written without its extension. */
const PROBES = ["", ".tsx", ".ts", ".jsx", ".js", ".mjs", ".json", ".css"];
const INDEX_PROBES = ["/index.tsx", "/index.ts", "/index.jsx", "/index.js"];

/**
 * The preview build's resolution rules:
 * - in the project, `./x`, `../x` and `/x` are project files, with or without extension
 *   or as a folder's `index`;
 * - a bare specifier the platform vendors (`react`, `preact/hooks`) is its file on our
 *   origin, so it works offline; any other is external, from `cdn` (`https://esm.sh/`);
 * - an `http(s):` URL stays external;
 * - inside a vendored file, relative imports are its sibling chunks.
 */
export function resolveImport(
  specifier: string,
  importer: { namespace: string; path: string },
  exists: (path: string) => boolean,
  cdn: string,
): Resolution {
  if (/^https?:\/\//i.test(specifier)) return { external: specifier };
  if (isBareSpecifier(specifier)) {
    const vendored = VENDORED_PACKAGES[specifier];
    if (vendored) return { namespace: "vendor", path: `${VENDOR_BASE}${vendored}` };
    return { external: `${cdn}${specifier}` };
  }
  if (importer.namespace === "vendor") {
    return { namespace: "vendor", path: new URL(specifier, `https://vendor${importer.path}`).pathname };
  }
  const base = resolvePath(importer.path, specifier);
  if (base === null) return { error: `Cannot import "${specifier}"` };
  for (const suffix of [...PROBES, ...INDEX_PROBES]) {
    const candidate = `${base}${suffix}`.replace(/^\/+/, "");
    if (exists(candidate)) return { namespace: "project", path: candidate };
  }
  return { error: `Could not find "${specifier}" (looked for ${base || "/"} in the project)` };
}

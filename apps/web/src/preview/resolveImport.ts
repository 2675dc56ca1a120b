import { isBareSpecifier, resolvePath } from "./resolvePath.ts";

/** Where an import goes in a preview build. */
export type Resolution =
  | { namespace: "project"; path: string }
  /** Left as an import of this URL for the browser to load. */
  | { external: string }
  | { error: string };

/** Suffixes tried, in order, for an import written without its extension. */
const PROBES = ["", ".tsx", ".ts", ".jsx", ".js", ".mjs", ".json", ".css"];
const INDEX_PROBES = ["/index.tsx", "/index.ts", "/index.jsx", "/index.js"];

/**
 * The preview build's rules for the project's own imports (npm packages are
 * `npmPlugin`'s, which runs first):
 * - `./x`, `../x` and `/x` are project files, with or without extension or as a
 *   folder's `index`;
 * - an `http(s):` URL stays external, as in a deployed page.
 */
export function resolveImport(
  specifier: string,
  importer: { namespace: string; path: string },
  exists: (path: string) => boolean,
): Resolution {
  if (/^https?:\/\//i.test(specifier)) return { external: specifier };
  if (isBareSpecifier(specifier))
    return { error: `Cannot import "${specifier}": add it to package.json's dependencies` };
  const base = resolvePath(importer.path, specifier);
  if (base === null) return { error: `Cannot import "${specifier}"` };
  for (const suffix of [...PROBES, ...INDEX_PROBES]) {
    const candidate = `${base}${suffix}`.replace(/^\/+/, "");
    if (exists(candidate)) return { namespace: "project", path: candidate };
  }
  return { error: `Could not find "${specifier}" (looked for ${base || "/"} in the project)` };
}

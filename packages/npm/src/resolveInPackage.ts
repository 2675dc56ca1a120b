import { exports as resolveExports, imports as resolveImports, legacy } from "resolve.exports";
import type { PackageFiles } from "./PackageFiles.ts";

/** What a bundle runs in decides the export conditions it matches. */
export interface ResolveConditions {
  /** `browser` instead of `node` (true for pages and for Workers, which are neither Node). */
  browser: boolean;
  /** Extra conditions: `workerd`, `worker` for a Worker. */
  conditions: readonly string[];
  /** A `require()` call matches `require`, an `import` matches `import`. */
  require: boolean;
}

const FILE_PROBES = ["", ".js", ".mjs", ".cjs", ".json", "/index.js", "/index.mjs", "/index.cjs", "/index.json"];

export type InPackage = { ok: true; file: string } | { ok: false; error: string };

/**
 * The file a package's `subpath` (`.`, `./client`, `./hooks`) names: through its
 * `exports` map when it has one (which then is the whole public surface, as in Node and
 * esbuild), otherwise `module`, `browser` (when a string) or `main` for the root and the
 * path itself for a deep import, with Node's extension and `index` probes.
 */
export function resolveInPackage(files: PackageFiles, id: string, subpath: string, how: ResolveConditions): InPackage {
  const manifest = readManifest(files);
  const options = { browser: how.browser, conditions: how.conditions, require: how.require };
  if (manifest.exports !== undefined) {
    let targets: string[] = [];
    try {
      targets = resolveExports(manifest, subpath, options) ?? [];
    } catch {
      // resolve.exports throws for a subpath the map does not export; said below.
    }
    const file = targets.map((target) => probe(files, target.replace(/^\.\//, ""), [""])).find(Boolean);
    if (file) return { ok: true, file };
    return { ok: false, error: `${id} does not export "${subpath}" (see its package.json "exports")` };
  }
  if (subpath === ".") {
    const fields = how.browser ? ["module", "browser", "main"] : ["module", "main"];
    const main = legacy(manifest, { browser: false, fields }) ?? "index.js";
    const file = probe(files, normalize(main), FILE_PROBES);
    if (file) return { ok: true, file };
    return { ok: false, error: `${id}: its main file ${main} is missing` };
  }
  return resolveFileIn(files, id, subpath.replace(/^\.\//, ""));
}

/** A path inside the package (a relative import of one of its files), probed like Node. */
export function resolveFileIn(files: PackageFiles, id: string, path: string): InPackage {
  const file = probe(files, normalize(path), FILE_PROBES) ?? nestedMain(files, normalize(path));
  if (file) return { ok: true, file };
  return { ok: false, error: `${id} has no file ${path}` };
}

/** A `#name` import of the package's own `imports` map: a file of it, or another package. */
export function resolvePackageImport(
  files: PackageFiles,
  id: string,
  specifier: string,
  how: ResolveConditions,
): { ok: true; file: string } | { ok: true; bare: string } | { ok: false; error: string } {
  let targets: string[] = [];
  try {
    targets = resolveImports(readManifest(files), specifier, how) ?? [];
  } catch {
    // Unmapped: said below.
  }
  const [target] = targets;
  if (!target) return { ok: false, error: `${id} does not map "${specifier}" in its package.json "imports"` };
  if (!target.startsWith("./")) return { ok: true, bare: target };
  return resolveFileIn(files, id, target);
}

/** A folder with its own package.json (`preact/hooks/package.json` in older packages). */
function nestedMain(files: PackageFiles, dir: string): string | undefined {
  const bytes = files.get(`${dir}/package.json`);
  if (!bytes) return undefined;
  const nested = JSON.parse(new TextDecoder().decode(bytes)) as { module?: string; main?: string };
  const main = nested.module ?? nested.main;
  return main ? probe(files, normalize(`${dir}/${main}`), FILE_PROBES) : undefined;
}

function readManifest(files: PackageFiles): Record<string, unknown> {
  const bytes = files.get("package.json");
  return bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>) : {};
}

function probe(files: PackageFiles, path: string, suffixes: readonly string[]): string | undefined {
  return suffixes.map((suffix) => `${path}${suffix}`.replace(/^\/+/, "")).find((candidate) => files.has(candidate));
}

/** `a/./b/../c` → `a/c`, never above the package's root. */
export function normalize(path: string): string {
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (!segment || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return out.join("/");
}

import type * as esbuild from "esbuild-wasm";
import { packageKey, splitKey, type Lockfile } from "./Lockfile.ts";
import type { PackageFiles } from "./PackageFiles.ts";
import {
  normalize,
  resolveFileIn,
  resolveInPackage,
  resolvePackageImport,
  type InPackage,
  type ResolveConditions,
} from "./resolveInPackage.ts";

/** The packages a build may import, as `resolveLock` pinned them, and a way to read one's files. */
export interface ProjectPackages {
  /** The project's own ranges (package.json), name → range. */
  dependencies: Record<string, string>;
  lock: Lockfile;
  /** What the platform ships; a bare import the project does not declare resolves here. */
  builtins: Lockfile;
  /** A locked package's files (`name@version`), fetched, verified and unpacked once per build. */
  load(key: string): Promise<PackageFiles>;
}

export const NPM_NAMESPACE = "npm";

/** A bare specifier: not relative, not absolute, not a URL or `node:`-style scheme. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const isBare = (specifier: string) => !/^[./]/.test(specifier) && !SCHEME.test(specifier);

/**
 * The esbuild plugin both builds use (the preview in the browser, deploys in the Worker):
 * a bare import (`react-dom/client`) resolves to a file of the locked package, read
 * through `packages.load`, in the `npm` namespace as `name@version/path`; a package's own
 * relative, `#imports` and bare imports resolve from that package (its dependencies by
 * the lock, its peers as the project's). `loaderOf` picks the loader from a file's path.
 * Register it before the project's own resolver: it answers bare imports and anything
 * imported from a package's file, nothing else.
 */
export function npmPlugin(
  packages: ProjectPackages,
  conditions: Omit<ResolveConditions, "require">,
  loaderOf: (path: string) => esbuild.Loader,
): esbuild.Plugin {
  const loaded = new Map<string, Promise<PackageFiles>>();
  const files = (key: string) => {
    let found = loaded.get(key);
    if (!found) loaded.set(key, (found = packages.load(key)));
    return found;
  };
  const how = (kind: esbuild.ImportKind): ResolveConditions => ({ ...conditions, require: kind === "require-call" });

  const resolveBare = async (specifier: string, importerKey: string | null, kind: esbuild.ImportKind) => {
    const { name, subpath } = splitSpecifier(specifier);
    const key = keyFor(packages, name, importerKey);
    if (typeof key !== "string") return { errors: [{ text: key.error }] };
    return answer(key, resolveInPackage(await files(key), key, subpath, how(kind)));
  };

  return {
    name: "wove-npm",
    setup(build) {
      build.onResolve({ filter: /.*/, namespace: NPM_NAMESPACE }, async (args) => {
        const { key, file } = splitPath(args.importer);
        if (args.path.startsWith("#")) {
          const mapped = resolvePackageImport(await files(key), key, args.path, how(args.kind));
          if (mapped.ok && "bare" in mapped) return resolveBare(mapped.bare, key, args.kind);
          return answer(key, mapped);
        }
        if (isBare(args.path)) return resolveBare(args.path, key, args.kind);
        if (SCHEME.test(args.path)) return { path: args.path, external: true };
        const base = args.path.startsWith("/") ? "" : file.replace(/[^/]*$/, "");
        return answer(key, resolveFileIn(await files(key), key, normalize(`${base}${args.path}`)));
      });
      // esbuild's filters are Go regular expressions, which have no lookahead.
      build.onResolve({ filter: /^[^./]/ }, (args) => {
        if (args.kind === "entry-point" || !isBare(args.path)) return undefined;
        return resolveBare(args.path, null, args.kind);
      });
      build.onLoad({ filter: /.*/, namespace: NPM_NAMESPACE }, async (args) => {
        const { key, file } = splitPath(args.path);
        const bytes = (await files(key)).get(file);
        if (!bytes) return { errors: [{ text: `${key} has no file ${file}` }] };
        const loader = loaderOf(file);
        const text = loader !== "binary" && loader !== "dataurl" && loader !== "file";
        return { contents: text ? new TextDecoder().decode(bytes) : bytes, loader };
      });
    },
  };
}

function answer(key: string, found: InPackage | { ok: true; bare: string }): esbuild.OnResolveResult {
  if (!found.ok) return { errors: [{ text: found.error }] };
  if (!("file" in found)) return { errors: [{ text: `${key}: cannot resolve ${found.bare}` }] };
  return { path: `${key}/${found.file}`, namespace: NPM_NAMESPACE };
}

/**
 * The locked package a bare `name` means where it is imported: from a package, the
 * version its own dependency range locked (a peer, or an undeclared import, falls back
 * to the project's); from the project, its package.json range, else the platform's
 * built-in copy.
 */
export function keyFor(
  packages: ProjectPackages,
  name: string,
  importerKey: string | null,
): string | { error: string } {
  const importer = importerKey
    ? (packages.lock.packages[importerKey] ?? packages.builtins.packages[importerKey])
    : null;
  const own = importer?.dependencies?.[name];
  if (own) {
    const version = packages.lock.specifiers[`${name}@${own}`] ?? packages.builtins.specifiers[`${name}@${own}`];
    if (version) return packageKey(name, version);
  }
  const range = packages.dependencies[name];
  if (range !== undefined) {
    const version = packages.lock.specifiers[`${name}@${range}`];
    if (version) return packageKey(name, version);
    return { error: `${name}@${range} is not in wove-lock.json: resolve the project's packages again` };
  }
  const builtin = Object.keys(packages.builtins.packages).find((key) => splitKey(key).name === name);
  if (builtin) return builtin;
  const where = importerKey
    ? `${importerKey} imports "${name}", which the project does not have`
    : `Cannot import "${name}"`;
  return { error: `${where}: add "${name}" to package.json's dependencies` };
}

/** `@scope/pkg/a/b` → `@scope/pkg` and `./a/b`; `react` → `react` and `.`. */
export function splitSpecifier(specifier: string): { name: string; subpath: string } {
  const parts = specifier.split("/");
  const size = specifier.startsWith("@") ? 2 : 1;
  const rest = parts.slice(size).join("/");
  return { name: parts.slice(0, size).join("/"), subpath: rest ? `./${rest}` : "." };
}

/** `name@version/path/in/package` (an `npm` namespace path) → its package key and file. */
function splitPath(path: string): { key: string; file: string } {
  const slash = path.indexOf("/", path.indexOf("@", 1));
  return { key: path.slice(0, slash), file: path.slice(slash + 1) };
}

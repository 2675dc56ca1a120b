import { buildSite, readDeploySettings, sha256Hex, type SourceFiles } from "@wove/deploy";
import { emptyLockfile, LOCKFILE_PATH, registrySource, resolveProject, type PackageCache } from "@wove/npm";
import { build } from "esbuild";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { WEB_DIST } from "./ensureWebBuild.ts";

/**
 * The agent benchmark's floor for `run_build`: the same build the platform runs
 * (`resolveProject`, then `buildSite` with the npm plugin) on the same files, in the
 * benchmark's Node process with native esbuild, packages from the same registry through an
 * in-memory cache (and the web build's built-ins, if the lock chose them). Answers a builder that times one build of `files` (path → text), from
 * hashing the files to the built site; the first call fetches the tarballs, later ones are warm.
 */
export function nodeBuilder(registry: string): (files: Record<string, string>) => Promise<number> {
  const stored = new Map<string, Uint8Array>();
  const cache: PackageCache = {
    get: async (key) => {
      const bytes = stored.get(key);
      return bytes ? { arrayBuffer: async () => bytes.slice().buffer } : null;
    },
    put: async (key, value) =>
      void stored.set(key, typeof value === "string" ? new TextEncoder().encode(value) : value),
  };
  const source = registrySource({
    registry,
    cache,
    // Where the platform reads them too (its assets), when the web app is built and it chose them.
    readBuiltin: async (path) => new Uint8Array(await readFile(join(WEB_DIST, path))),
  });
  return async (texts) => {
    const started = performance.now();
    const encoder = new TextEncoder();
    const files: SourceFiles = new Map(
      await Promise.all(
        Object.entries(texts).map(async ([path, text]) => {
          const bytes = encoder.encode(text);
          return [path, { hash: await sha256Hex(bytes), bytes }] as const;
        }),
      ),
    );
    const resolved = await resolveProject({
      packageJson: texts["package.json"],
      lockText: texts[LOCKFILE_PATH],
      builtins: emptyLockfile(),
      source,
    });
    if (!resolved.ok) throw new Error(`the Node floor could not resolve packages: ${resolved.error}`);
    const result = await buildSite({ build }, files, readDeploySettings({}), resolved.packages);
    if (!result.ok) throw new Error(`the Node floor's build failed:\n${result.log.join("\n")}`);
    return performance.now() - started;
  };
}

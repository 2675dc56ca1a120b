import { emptyLockfile, npmPlugin, type ProjectPackages } from "@wove/npm";
import type * as esbuild from "esbuild-wasm";
import { normalizePath } from "./normalizePath.ts";
import type { SourceFiles } from "./Snapshot.ts";

/** The esbuild call deploys make; the platform passes the wasm build it initialized. */
export type Bundler = Pick<typeof esbuild, "build">;

export type BundleResult = { ok: true; code: string; warnings: string[] } | { ok: false; errors: string[] };

const EXTENSIONS = ["", ".ts", ".tsx", ".js", ".jsx", ".mjs", ".json"];
const LOADERS: Record<string, esbuild.Loader> = {
  ts: "ts",
  mts: "ts",
  tsx: "tsx",
  js: "js",
  mjs: "js",
  cjs: "js",
  jsx: "jsx",
  json: "json",
  txt: "text",
  html: "text",
  css: "text",
  wasm: "binary",
};

/** What a bundle runs in: a deployed Worker, or a page of a site (its module scripts). */
export type BundleTarget = "worker" | "browser";

const TARGETS: Record<BundleTarget, esbuild.BuildOptions> = {
  worker: { platform: "neutral", conditions: ["workerd", "worker", "browser"], outfile: "worker.js" },
  browser: { platform: "browser", outfile: "page.js" },
};

/** The export conditions a package's `exports` map is matched with, as the preview matches them. */
const CONDITIONS = {
  worker: { browser: true, conditions: ["workerd", "worker"] },
  browser: { browser: true, conditions: [] },
} as const;

/** No package.json, no built-ins: every bare import is one to add to package.json. */
const NO_PACKAGES: ProjectPackages = {
  dependencies: {},
  lock: emptyLockfile(),
  builtins: emptyLockfile(),
  load: (key) => Promise.reject(new Error(`${key} is not available`)),
};

/**
 * Bundles one entry from the snapshot's files, for a Worker or for a page: imports
 * resolve inside the project (relative or from its root), `cloudflare:` and `node:`
 * modules stay external, and bare imports are npm packages, as `resolveProject` locked
 * them (`npmPlugin`, the same resolution as the preview's). A URL import stays a URL in a
 * page, which the browser loads; a Worker cannot import one, so it is an error there.
 */
export async function bundleModule(
  bundler: Bundler,
  files: SourceFiles,
  entry: string,
  target: BundleTarget,
  packages: ProjectPackages = NO_PACKAGES,
): Promise<BundleResult> {
  const decoder = new TextDecoder();
  try {
    const result = await bundler.build({
      ...TARGETS[target],
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: "esm",
      target: "es2022",
      jsx: "automatic",
      // Packages (React's among them) choose their production build by it; the preview defines it too.
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "silent",
      plugins: [
        {
          name: "urls",
          setup(build) {
            build.onResolve({ filter: /^(cloudflare|node):/ }, (args) => ({ path: args.path, external: true }));
            build.onResolve({ filter: /^https?:\/\//i }, (args) =>
              target === "browser"
                ? { path: args.path, external: true }
                : {
                    errors: [
                      {
                        text: `Cannot import "${args.path}": a Worker cannot import URLs; add the package to package.json's dependencies and import it by name`,
                      },
                    ],
                  },
            );
          },
        },
        npmPlugin(packages, CONDITIONS[target], loaderOf),
        {
          name: "project-files",
          setup(build) {
            build.onResolve({ filter: /.*/ }, (args) => {
              const base = args.kind === "entry-point" ? "" : args.importer.replace(/[^/]*$/, "");
              const wanted = normalizePath(args.path.startsWith("/") ? args.path : `${base}${args.path}`);
              const found = [
                ...EXTENSIONS.map((ext) => wanted + ext),
                ...EXTENSIONS.slice(1).map((ext) => `${wanted}/index${ext}`),
              ].find((p) => files.has(p));
              if (!found) return { errors: [{ text: `Cannot find "${args.path}" in the project` }] };
              return { path: found, namespace: "project" };
            });
            build.onLoad({ filter: /.*/, namespace: "project" }, (args) => {
              const file = files.get(args.path);
              const loader = loaderOf(args.path);
              if (!file) return { errors: [{ text: `Cannot read ${args.path}` }] };
              return loader === "binary"
                ? { contents: file.bytes, loader }
                : { contents: decoder.decode(file.bytes), loader };
            });
          },
        },
      ],
    });
    const [output] = result.outputFiles ?? [];
    if (!output) return { ok: false, errors: ["The bundler wrote nothing"] };
    return { ok: true, code: output.text, warnings: result.warnings.map(formatMessage) };
  } catch (err) {
    const failure = err as Partial<esbuild.BuildFailure>;
    if (Array.isArray(failure.errors) && failure.errors.length)
      return { ok: false, errors: failure.errors.map(formatMessage) };
    return { ok: false, errors: [err instanceof Error ? err.message : String(err)] };
  }
}

function loaderOf(path: string): esbuild.Loader {
  return LOADERS[path.slice(path.lastIndexOf(".") + 1)] ?? "text";
}

/** `src/worker.ts:3:10: Expected ";" but found "x"`, as an editor can link to. */
function formatMessage(message: esbuild.Message): string {
  const where = message.location;
  if (!where) return message.text;
  const file = where.file.replace(/^project:/, "");
  return `${file}:${where.line}:${where.column + 1}: ${message.text}\n    ${where.lineText}`;
}

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

/**
 * Bundles one entry from the snapshot's files alone, for a Worker or for a page: imports
 * resolve inside the project (relative or from its root), `cloudflare:` and `node:`
 * modules stay external, and a bare npm import is an error that says so rather than a
 * silent fetch from somewhere.
 */
export async function bundleModule(
  bundler: Bundler,
  files: SourceFiles,
  entry: string,
  target: BundleTarget,
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
      logLevel: "silent",
      plugins: [
        {
          name: "project-files",
          setup(build) {
            build.onResolve({ filter: /.*/ }, (args) => {
              if (/^(cloudflare|node):/.test(args.path)) return { path: args.path, external: true };
              const base = args.kind === "entry-point" ? "" : args.importer.replace(/[^/]*$/, "");
              const isBare = !/^\.{0,2}\//.test(args.path) && args.kind !== "entry-point";
              if (isBare)
                return {
                  errors: [
                    {
                      text: `Cannot import "${args.path}": npm packages are not bundled by deploys yet; import files of the project instead`,
                    },
                  ],
                };
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
              const extension = args.path.slice(args.path.lastIndexOf(".") + 1);
              const loader = LOADERS[extension] ?? "text";
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

/** `src/worker.ts:3:10: Expected ";" but found "x"`, as an editor can link to. */
function formatMessage(message: esbuild.Message): string {
  const where = message.location;
  if (!where) return message.text;
  const file = where.file.replace(/^project:/, "");
  return `${file}:${where.line}:${where.column + 1}: ${message.text}\n    ${where.lineText}`;
}

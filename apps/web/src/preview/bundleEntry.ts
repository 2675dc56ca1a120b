import { npmPlugin, type ProjectPackages } from "@wove/npm";
import type * as esbuild from "esbuild-wasm";
import { resolveImport } from "./resolveImport.ts";
import type { PreviewFiles } from "./toDataUrl.ts";

/** A build error or warning, with where it is when esbuild knows. */
export interface BuildProblem {
  text: string;
  file: string | null;
  /** 1-based */
  line: number | null;
  /** 1-based, as the editor counts */
  column: number | null;
}

export type BundleResult = { ok: true; js: string; css: string | null } | { ok: false; problems: BuildProblem[] };

const LOADERS: Record<string, esbuild.Loader> = {
  ts: "ts",
  tsx: "tsx",
  js: "js",
  mjs: "js",
  jsx: "jsx",
  json: "json",
  css: "css",
  txt: "text",
  svg: "dataurl",
};

const loaderOf = (path: string): esbuild.Loader => LOADERS[path.slice(path.lastIndexOf(".") + 1)] ?? "dataurl";

/** Package files: the project's loaders, except CSS a package ships, which the page gets too. */
const packageLoaderOf = (path: string): esbuild.Loader =>
  /\.(c|m)?js$/.test(path) ? "js" : path.endsWith(".json") ? "json" : loaderOf(path);

/**
 * Bundles one entry of the project with esbuild-wasm: project files from the document,
 * npm packages as `resolvePreviewPackages` locked them (`npmPlugin`, the plugin deploys
 * use), URL imports left for the browser. Images and other binaries imported from code
 * become data URLs.
 */
export async function bundleEntry(
  build: typeof esbuild.build,
  { entry, files, packages }: { entry: string; files: PreviewFiles; packages: ProjectPackages },
): Promise<BundleResult> {
  const plugin: esbuild.Plugin = {
    name: "wove-preview",
    setup(on) {
      on.onResolve({ filter: /.*/ }, (args) => {
        // The entry is a project path already ("src/main.tsx" would read as a package).
        if (args.kind === "entry-point") return { namespace: "project", path: args.path };
        const importer = { namespace: args.namespace, path: args.importer };
        const resolution = resolveImport(args.path, importer, (path) => files.has(path));
        if ("external" in resolution) return { path: resolution.external, external: true };
        if ("error" in resolution) return { errors: [{ text: resolution.error }] };
        return resolution;
      });
      on.onLoad({ filter: /.*/, namespace: "project" }, (args) => {
        const file = files.get(args.path);
        if (!file) return { errors: [{ text: `${args.path} is not in the project` }] };
        return "text" in file
          ? { contents: file.text, loader: loaderOf(args.path) }
          : { contents: file.bytes, loader: "dataurl" };
      });
    },
  };
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      format: "esm",
      outdir: "/out",
      target: "es2022",
      jsx: "automatic",
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "silent",
      plugins: [npmPlugin(packages, { browser: true, conditions: [] }, packageLoaderOf), plugin],
    });
    const js = result.outputFiles.find((file) => file.path.endsWith(".js"))?.text ?? "";
    const css = result.outputFiles.find((file) => file.path.endsWith(".css"))?.text ?? null;
    return { ok: true, js, css };
  } catch (error) {
    const failure = error as Partial<esbuild.BuildFailure>;
    if (!failure.errors)
      return { ok: false, problems: [{ text: String(error), file: null, line: null, column: null }] };
    return { ok: false, problems: failure.errors.map(toProblem) };
  }
}

/** esbuild names a plugin's files `namespace:path`; ours are project paths. */
export function toProblem(message: Pick<esbuild.Message, "text" | "location">): BuildProblem {
  const location = message.location;
  if (!location) return { text: message.text, file: null, line: null, column: null };
  return {
    text: message.text,
    file: location.file.replace(/^project:/, ""),
    line: location.line,
    column: location.column + 1,
  };
}

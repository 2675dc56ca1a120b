import { build } from "esbuild";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import { VENDOR_BASE, VENDORED_PACKAGES } from "./src/preview/vendoredPackages.ts";

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL(".", import.meta.url));

/**
 * The entry module for one vendored specifier. React's packages are CommonJS, whose
 * names an ES module bundle cannot re-export with `export *`, so each name is listed
 * (read from the package itself); Preact is already ESM.
 */
function entrySource(specifier: string): string {
  if (!specifier.startsWith("react")) return `export * from ${JSON.stringify(specifier)};`;
  const names = Object.keys(require(specifier) as object).filter(
    (name) => name !== "default" && name !== "__esModule" && /^[A-Za-z_$][\w$]*$/.test(name),
  );
  return `import m from ${JSON.stringify(specifier)};\nexport default m;\nexport const { ${names.join(", ")} } = m;\n`;
}

/** Builds the vendored packages into ESM files: entries named as VENDORED_PACKAGES says, shared chunks beside them. */
export async function buildPreviewVendor(): Promise<{ fileName: string; source: Uint8Array }[]> {
  const result = await build({
    entryPoints: Object.entries(VENDORED_PACKAGES).map(([specifier, file]) => ({
      in: `vendor-entry:${specifier}`,
      out: file.replace(/\.js$/, ""),
    })),
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    write: false,
    outdir: "/vendor",
    chunkNames: "chunk-[hash]",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
    plugins: [
      {
        name: "vendor-entries",
        setup(on) {
          on.onResolve({ filter: /^vendor-entry:/ }, (args) => ({
            path: args.path.slice("vendor-entry:".length),
            namespace: "vendor-entry",
          }));
          on.onLoad({ filter: /.*/, namespace: "vendor-entry" }, (args) => ({
            contents: entrySource(args.path),
            resolveDir: here,
            loader: "js",
          }));
        },
      },
    ],
  });
  return result.outputFiles.map((file) => ({ fileName: file.path.replace(/^\/vendor\//, ""), source: file.contents }));
}

/**
 * Emits the vendored packages under `preview-vendor/` in `vite build` (so the service
 * worker precaches them) and serves them in `vite` dev.
 */
export function previewVendorPlugin(): Plugin {
  let files: ReturnType<typeof buildPreviewVendor> | null = null;
  const load = () => (files ??= buildPreviewVendor());
  return {
    name: "wove-preview-vendor",
    async generateBundle() {
      for (const file of await load()) {
        this.emitFile({ type: "asset", fileName: `${VENDOR_BASE.slice(1)}${file.fileName}`, source: file.source });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith(VENDOR_BASE)) return next();
        const name = req.url.slice(VENDOR_BASE.length).split("?")[0];
        load().then(
          (all) => {
            const file = all.find((f) => f.fileName === name);
            if (!file) return next();
            res.setHeader("content-type", "text/javascript");
            res.end(file.source);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

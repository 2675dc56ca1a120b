import { BUILTIN_BASE } from "@wove/npm";
import { packBuiltins } from "../../packages/npm/src/node/packBuiltins.ts";
import type { Plugin } from "vite";

/**
 * Emits the built-in packages (React, ReactDOM, scheduler, Preact, packed from our
 * node_modules with their lockfile `index.json`) under `npm-builtin/` in `vite build`, so
 * the service worker precaches them and the preview builds them offline; the platform
 * Worker reads the same files through its ASSETS binding for deploys. Serves them in
 * `vite` dev.
 */
export function npmBuiltinsPlugin(): Plugin {
  let files: ReturnType<typeof packBuiltins> | null = null;
  const load = () => (files ??= packBuiltins());
  return {
    name: "wove-npm-builtins",
    async generateBundle() {
      for (const file of await load()) {
        this.emitFile({ type: "asset", fileName: `${BUILTIN_BASE.slice(1)}${file.fileName}`, source: file.source });
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith(BUILTIN_BASE)) return next();
        const name = req.url.slice(BUILTIN_BASE.length).split("?")[0];
        load().then(
          (all) => {
            const file = all.find((f) => f.fileName === name);
            if (!file) return next();
            res.setHeader("content-type", name?.endsWith(".json") ? "application/json" : "application/gzip");
            res.end(file.source);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

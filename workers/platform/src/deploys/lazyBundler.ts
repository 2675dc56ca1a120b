import type { Bundler } from "@wove/deploy";
import { loadBundler } from "./loadBundler.ts";

/** esbuild-wasm starts only when a build has something to bundle (a Worker, a TS or JSX page script). */
export const lazyBundler: Bundler = { build: async (options) => (await loadBundler()).build(options) };

import type { Bundler } from "@wove/deploy";
import * as esbuild from "esbuild-wasm/esm/browser.js";
// wrangler (and the vitest plugin) turn a .wasm import into a compiled WebAssembly.Module,
// which is the only way workerd allows: it refuses to compile wasm from bytes at runtime.
import esbuildWasm from "esbuild-wasm/esbuild.wasm";

let ready: Promise<Bundler> | undefined;

/**
 * esbuild-wasm, started once per isolate, in this thread (workerd has no Web Workers).
 * A failed start is forgotten, so the next deploy tries again.
 */
export function loadBundler(): Promise<Bundler> {
  ready ??= esbuild
    .initialize({ wasmModule: esbuildWasm, worker: false })
    .then(() => esbuild)
    .catch((err: unknown) => {
      ready = undefined;
      throw err;
    });
  return ready;
}

import * as esbuild from "esbuild-wasm/esm/browser.js";
// Served by us as a hashed asset and precached by the service worker, so builds work offline.
import wasmURL from "esbuild-wasm/esbuild.wasm?url";

let ready: Promise<typeof esbuild> | null = null;

/** esbuild-wasm, started once per page (in its own worker, off the main thread). */
export function loadEsbuild(): Promise<typeof esbuild> {
  ready ??= esbuild.initialize({ wasmURL, worker: true }).then(
    () => esbuild,
    (error: unknown) => {
      ready = null;
      throw error;
    },
  );
  return ready;
}

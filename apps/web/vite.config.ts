import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { npmBuiltinsPlugin } from "./npmBuiltinsPlugin.ts";

// In `npm run dev` the launcher runs the Worker on an internal port and this dev server
// on the public one, proxying the API (and, later, room WebSockets) so it is one origin.
const apiOrigin = process.env.WOVE_API_ORIGIN;

export default defineConfig({
  plugins: [
    react(),
    npmBuiltinsPlugin(),
    VitePWA({
      registerType: "autoUpdate",
      injectRegister: false,
      manifest: {
        name: "Wove",
        short_name: "Wove",
        description: "A local-first, collaborative browser IDE",
        theme_color: "#0f172a",
        background_color: "#0f172a",
        display: "standalone",
        start_url: "/",
        icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any maskable" }],
      },
      workbox: {
        // Everything the IDE needs offline: the shell, Monaco's chunks and workers, its
        // codicon font (a .ttf), and the preview's esbuild.wasm and built-in packages
        // (`npm-builtin/*.tgz` and their `index.json`).
        globPatterns: ["**/*.{js,css,html,svg,ttf,woff2,wasm}", "npm-builtin/*.{tgz,json}"],
        // Monaco's stock TypeScript worker (`ts.worker-*.js`): its language mode names it as
        // a fallback that never runs (MonacoEnvironment.getWorker answers first, with ours,
        // `typescript.worker-*.js`, see src/editor/typescript.worker.ts), and it is 7 MB.
        globIgnores: ["**/assets/ts.worker-*.js"],
        // Monaco's TypeScript worker carries the whole compiler (several MB) and
        // esbuild.wasm is ~14 MB; workbox's 2 MiB default would silently leave them out,
        // and TS features and the preview offline with them.
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        // The API and rooms are never served from the precache.
        navigateFallbackDenylist: [/^\/api\//],
        // A new version takes over open tabs at once (the app keeps no state the worker
        // owns), and the first visit's tab is controlled without a reload, so it already
        // survives losing the network.
        skipWaiting: true,
        clientsClaim: true,
      },
    }),
  ],
  server: apiOrigin ? { proxy: { "/api": { target: apiOrigin, ws: true, changeOrigin: false } } } : {},
  build: {
    sourcemap: true,
    // The IDE, and the preview's host page, which holds the person's page under a policy
    // of its own (src/preview/previewHost.ts).
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL("index.html", import.meta.url)),
        previewHost: fileURLToPath(new URL("preview-host.html", import.meta.url)),
      },
    },
  },
  // Monaco's workers are ES modules; module workers keep them as they are.
  worker: { format: "es" },
});

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";

// In `npm run dev` the launcher runs the Worker on an internal port and this dev server
// on the public one, proxying the API (and, later, room WebSockets) so it is one origin.
const apiOrigin = process.env.WOVE_API_ORIGIN;

export default defineConfig({
  plugins: [
    react(),
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
        globPatterns: ["**/*.{js,css,html,svg,woff2}"],
        // The API and rooms are never served from the precache.
        navigateFallbackDenylist: [/^\/api\//],
      },
    }),
  ],
  server: apiOrigin ? { proxy: { "/api": { target: apiOrigin, ws: true, changeOrigin: false } } } : {},
  build: { sourcemap: true },
});

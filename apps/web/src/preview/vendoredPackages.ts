/**
 * Packages the platform serves itself, so templates preview offline: bundled at build
 * time from our own node_modules (`previewVendorPlugin.ts`) into `/preview-vendor/`, and
 * bundled into a preview by the in-browser build instead of going to the ESM CDN.
 * Specifier → file name. Entries of one family import shared chunks, so React has one
 * copy however many of its entries a project uses.
 */
export const VENDORED_PACKAGES: Readonly<Record<string, string>> = {
  react: "react.js",
  "react/jsx-runtime": "react-jsx-runtime.js",
  "react/jsx-dev-runtime": "react-jsx-dev-runtime.js",
  "react-dom": "react-dom.js",
  "react-dom/client": "react-dom-client.js",
  preact: "preact.js",
  "preact/hooks": "preact-hooks.js",
  "preact/jsx-runtime": "preact-jsx-runtime.js",
};

/** Where the vendored files are served, on the IDE's own origin. */
export const VENDOR_BASE = "/preview-vendor/";

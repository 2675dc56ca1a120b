/**
 * The packages the platform ships itself, so templates build with no network: packed
 * from our own node_modules (`node/packBuiltins.ts`) into the web app's assets under
 * `BUILTIN_BASE`, with `index.json` there a lockfile of them whose `resolved` are
 * `builtin:<file>`. The browser reads them from the app's origin (precached by the
 * service worker), the Worker from its ASSETS binding: the same bytes, the same integrity.
 */
export const BUILTIN_PACKAGES = ["react", "react-dom", "scheduler", "preact"] as const;

export const BUILTIN_BASE = "/npm-builtin/";
export const BUILTIN_INDEX = `${BUILTIN_BASE}index.json`;
export const BUILTIN_SCHEME = "builtin:";

/** The asset path of a built-in's tarball (`builtin:react-19.3.1.tgz` → `/npm-builtin/react-19.3.1.tgz`), or null. */
export function builtinAssetPath(resolved: string): string | null {
  if (!resolved.startsWith(BUILTIN_SCHEME)) return null;
  const file = resolved.slice(BUILTIN_SCHEME.length);
  return /^[\w.-]+\.tgz$/.test(file) ? `${BUILTIN_BASE}${file}` : null;
}

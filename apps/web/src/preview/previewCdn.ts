/**
 * Where bare imports the platform does not vendor are loaded from: an ESM CDN answering
 * `<cdn><specifier>` with an ES module. Set at build time with VITE_PREVIEW_ESM_CDN
 * (GET /api/config has no field for it yet); it must end with a slash.
 */
export const PREVIEW_ESM_CDN: string =
  (import.meta.env.VITE_PREVIEW_ESM_CDN as string | undefined) || "https://esm.sh/";

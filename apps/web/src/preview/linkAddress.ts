/** The origin a preview's pages and a Worker's requests are at (as `previewRuntime` uses). */
export const PREVIEW_ORIGIN = "https://preview.local";

/**
 * The preview address a click on a link goes to: `href` as written, resolved as a
 * browser would against `base`, the address of the page it is on (`/docs/` for
 * `docs/index.html`, or the Worker's address); its path and query, since a Worker may
 * answer by either. Null for a link off the preview (another host or scheme).
 */
export function linkAddress(href: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href, new URL(base, PREVIEW_ORIGIN));
  } catch {
    return null;
  }
  return url.origin === PREVIEW_ORIGIN ? `${url.pathname}${url.search}` : null;
}

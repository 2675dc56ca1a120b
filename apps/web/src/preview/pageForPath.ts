import { decodePath } from "./resolvePath.ts";

/**
 * The HTML file a static site answers an address with, as a host would: `/` and
 * `/docs/` their `index.html`, `/about` `about.html` or `about/index.html`, `/a.html`
 * itself (percent-escapes decoded, as a host does). `root` is the folder served ("" or
 * `public`). Null when no page answers.
 */
export function pageForPath(address: string, root: string, exists: (path: string) => boolean): string | null {
  const clean = decodePath(address.split(/[?#]/)[0]?.replace(/^\/+/, "") ?? "");
  const base = root ? `${root}/${clean}` : clean;
  const candidates =
    base === "" || base.endsWith("/") ? [`${base}index.html`] : [base, `${base}.html`, `${base}/index.html`];
  return candidates.find((path) => /\.html?$/.test(path) && exists(path)) ?? null;
}

/** The address of a project file under the served root: `public/a.html` → `/a.html`. */
export function addressOf(path: string, root: string): string {
  const relative = root && path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
  return `/${relative.replace(/(^|\/)index\.html$/, "$1")}`;
}

/**
 * A reference written in `from` (a project path like `src/app.tsx`), as a project path:
 * `./b.ts` → `src/b.ts`, `../c.css` → `c.css`, `/img/a.png` → `img/a.png`. Query and
 * hash are dropped. Null for anything that is not a project path (a scheme, `//host`,
 * a bare fragment).
 *
 * `root` is the folder served as `/` (`public` for a full stack project): a file under
 * it refers to the site, as a browser would, so `/a.css` in `public/index.html` is
 * `public/a.css` and `..` stops at the root.
 */
export function resolvePath(from: string, reference: string, root = ""): string | null {
  if (!reference || reference.startsWith("#") || reference.startsWith("//")) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) return null;
  const prefix = root && from.startsWith(`${root}/`) ? `${root}/` : "";
  const url = new URL(reference, `file:///${from.slice(prefix.length)}`);
  return prefix + decodePath(url.pathname.slice(1));
}

/** A URL path as a file path (`my%20page.html` → `my page.html`), or as it is if malformed. */
export function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Whether a specifier names a package (`react`, `@scope/x/y`) rather than a file or URL. */
export const isBareSpecifier = (specifier: string): boolean =>
  !/^(\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(specifier) && specifier !== "." && specifier !== "..";

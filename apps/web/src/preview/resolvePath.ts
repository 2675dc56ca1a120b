/**
 * A reference written in `from` (a project path like `src/app.tsx`), as a project path:
 * `./b.ts` → `src/b.ts`, `../c.css` → `c.css`, `/img/a.png` → `img/a.png`. Query and
 * hash are dropped. Null for anything that is not a project path (a scheme, `//host`,
 * a bare fragment).
 */
export function resolvePath(from: string, reference: string): string | null {
  if (!reference || reference.startsWith("#") || reference.startsWith("//")) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) return null;
  const url = new URL(reference, `file:///${from}`);
  try {
    return decodeURIComponent(url.pathname.slice(1));
  } catch {
    return url.pathname.slice(1);
  }
}

/** Whether a specifier names a package (`react`, `@scope/x/y`) rather than a file or URL. */
export const isBareSpecifier = (specifier: string): boolean =>
  !/^(\.{1,2}\/|\/|[a-z][a-z0-9+.-]*:)/i.test(specifier) && specifier !== "." && specifier !== "..";

import { resolvePath } from "./resolvePath.ts";
import { fileDataUrl, namedScript, toDataUrl, type PreviewFiles } from "./toDataUrl.ts";

/** What the in-browser build made of one `<script type="module" src>` entry. */
export interface EntryBundle {
  js: string;
  css: string | null;
}

const TAG = /<(script|link|img|source|video|audio|iframe|embed|input|track)\b([^>]*)>/gi;
const URL_ATTRIBUTE = /(\s)(src|href|poster)(\s*=\s*)("([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;
const STYLE_BLOCK = /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi;
const CSS_URL = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"'\s]+))\s*\)/gi;
const CSS_IMPORT = /@import\s+(?:"([^"]*)"|'([^']*)')/gi;
const BUILT = /\.(tsx?|jsx|mjs|js)$/;

const attributeOf = (attributes: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i")
    .exec(attributes)
    ?.slice(1)
    .find((v) => v !== undefined);

/** The project files a page loads as `<script type="module" src>`: the build's entries. */
export function moduleEntriesOf(html: string, pagePath: string, files: PreviewFiles, root = ""): string[] {
  const entries: string[] = [];
  for (const [, tag, attributes = ""] of html.matchAll(TAG)) {
    if (tag?.toLowerCase() !== "script" || attributeOf(attributes, "type")?.toLowerCase() !== "module") continue;
    const src = attributeOf(attributes, "src");
    const path = src === undefined ? null : resolvePath(pagePath, src, root);
    if (path && BUILT.test(path) && files.has(path) && !entries.includes(path)) entries.push(path);
  }
  return entries;
}

/**
 * A stylesheet with its relative `url()`s and `@import`s inlined as data URLs (`root` as
 * in `resolvePath`).
 */
export function rewriteCss(css: string, cssPath: string, files: PreviewFiles, root = "", depth = 0): string {
  const inline = (reference: string) => {
    const path = resolvePath(cssPath, reference, root);
    const file = path === null ? undefined : files.get(path);
    if (!path || !file) return null;
    // An imported stylesheet's own urls are relative to it; a cycle stops after a few levels.
    if (path.endsWith(".css") && "text" in file && depth < 8) {
      return toDataUrl(rewriteCss(file.text, path, files, root, depth + 1), "text/css");
    }
    return fileDataUrl(path, file);
  };
  return css
    .replace(CSS_IMPORT, (match, a?: string, b?: string) => {
      const url = inline((a ?? b) as string);
      return url ? `@import "${url}"` : match;
    })
    .replace(CSS_URL, (match, a?: string, b?: string, c?: string) => {
      const url = inline((a ?? b ?? c) as string);
      return url ? `url("${url}")` : match;
    });
}

/**
 * The page as one self-contained document for the preview frame: every relative
 * reference to a project file (scripts, stylesheets, images, media, frames) becomes a
 * data URL (stylesheets with their own urls inlined), each module entry becomes its
 * bundle (and the bundle's CSS a stylesheet before it), and `prelude` (the runtime's
 * script) runs before anything of the page. Links (`<a href>`) are left as written: the
 * runtime turns a click on one into a navigation of the preview. URLs to other sites and
 * references to files that do not exist are left alone, so the page fails as it would
 * when deployed. A page under `root` (the folder served as `/`) resolves `/…` in it.
 */
export function rewritePage({
  html,
  pagePath,
  root = "",
  files,
  bundles,
  prelude,
}: {
  html: string;
  pagePath: string;
  root?: string;
  files: PreviewFiles;
  bundles: ReadonlyMap<string, EntryBundle>;
  prelude: string;
}): string {
  const rewritten = html
    .replace(TAG, (match, tag: string, attributes: string) => {
      const isModule = tag.toLowerCase() === "script" && attributeOf(attributes, "type")?.toLowerCase() === "module";
      let before = "";
      const next = attributes.replace(
        URL_ATTRIBUTE,
        (attribute, space: string, name: string, equals: string, _q, a?: string, b?: string, c?: string) => {
          const path = resolvePath(pagePath, (a ?? b ?? c) as string, root);
          const file = path === null ? undefined : files.get(path);
          if (!path || !file) return attribute;
          const bundle = isModule ? bundles.get(path) : undefined;
          let url: string;
          if (bundle) {
            url = toDataUrl(namedScript(bundle.js, path), "text/javascript");
            if (bundle.css) before = `<link rel="stylesheet" href="${toDataUrl(bundle.css, "text/css")}">`;
          } else if (path.endsWith(".css") && "text" in file) {
            url = toDataUrl(rewriteCss(file.text, path, files, root), "text/css");
          } else {
            url = fileDataUrl(path, file);
          }
          return `${space}${name}${equals}"${url}"`;
        },
      );
      return `${before}<${tag}${next}>`;
    })
    .replace(
      STYLE_BLOCK,
      (_, open: string, css: string, close: string) => `${open}${rewriteCss(css, pagePath, files, root)}${close}`,
    );
  const script = `<script>${prelude}</script>`;
  const head = /<head\b[^>]*>/i.exec(rewritten) ?? /<html\b[^>]*>/i.exec(rewritten);
  if (!head) return `${script}${rewritten}`;
  const at = head.index + head[0].length;
  return `${rewritten.slice(0, at)}${script}${rewritten.slice(at)}`;
}

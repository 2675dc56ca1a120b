import type { ProjectPackages } from "@wove/npm";
import type { BuiltFile } from "./Build.ts";
import { bundleModule, type Bundler } from "./bundleModule.ts";
import { contentTypeOf } from "./contentTypeOf.ts";
import { normalizePath } from "./normalizePath.ts";
import { sha256Hex } from "./sha256Hex.ts";
import type { SourceFiles } from "./Snapshot.ts";

export type PageScriptsResult = { ok: true; files: BuiltFile[]; log: string[] } | { ok: false; log: string[] };

/** A `<script type="module" src="….ts|tsx|jsx|mts">` tag; group 2 is the src. */
const SCRIPT_TAG = /<script\b[^>]*>/gi;
const SOURCE_SRC = /\bsrc\s*=\s*(["'])([^"']+\.(?:ts|tsx|jsx|mts))\1/i;
const MODULE_TYPE = /\btype\s*=\s*(["']?)module\1(?=[\s>/])/i;

/**
 * Builds the TypeScript and JSX module scripts a static site's pages load, as a browser
 * cannot run them: each entry is bundled once (the same esbuild call as a Worker, for the
 * browser) into `/assets/<name>-<hash>.js`, which is served with immutable caching, and
 * every page's tag is rewritten to it. `served` are the site's files before the build;
 * `assetsDir` is where they come from in the project, so `src="/main.tsx"` means
 * `<assetsDir>/main.tsx`. A build error fails the whole build with `file:line:column`.
 */
export async function buildPageScripts(
  bundler: Bundler,
  sources: SourceFiles,
  served: BuiltFile[],
  assetsDir: string,
  packages?: ProjectPackages,
): Promise<PageScriptsResult> {
  const decoder = new TextDecoder();
  const built = new Map<string, string | null>(); // project path → URL path of its bundle (null: failed)
  const log: string[] = [];
  const errors: string[] = [];
  const files: BuiltFile[] = [];
  const extra: BuiltFile[] = [];

  for (const file of served) {
    if (!file.urlPath.endsWith(".html")) {
      files.push(file);
      continue;
    }
    const html = decoder.decode(file.bytes);
    const tags = [...html.matchAll(SCRIPT_TAG)].filter(([tag]) => MODULE_TYPE.test(tag) && SOURCE_SRC.test(tag));
    if (!tags.length) {
      files.push(file);
      continue;
    }
    const rewrites = new Map<string, string>();
    for (const [tag] of tags) {
      const src = SOURCE_SRC.exec(tag)?.[2] ?? "";
      if (/^([a-z]+:)?\/\//i.test(src)) continue;
      const entry = projectPath(assetsDir, file.urlPath, src);
      if (!built.has(entry)) {
        const output = await bundleEntry(bundler, sources, entry, packages);
        if (!output.ok) errors.push(...output.errors);
        else {
          extra.push(output.file);
          log.push(`Built ${entry} into ${output.file.urlPath} (${output.file.size} bytes)`);
        }
        built.set(entry, output.ok ? output.file.urlPath : null);
      }
      const urlPath = built.get(entry);
      if (urlPath)
        rewrites.set(
          tag,
          tag.replace(SOURCE_SRC, (_, quote: string) => `src=${quote}${urlPath}${quote}`),
        );
    }
    const rewritten = new TextEncoder().encode(html.replace(SCRIPT_TAG, (tag) => rewrites.get(tag) ?? tag));
    files.push({ ...file, bytes: rewritten, hash: await sha256Hex(rewritten), size: rewritten.byteLength });
  }
  if (errors.length) return { ok: false, log: [...log, "Build failed:", ...errors] };
  return { ok: true, files: [...files, ...extra], log };
}

/** The project path a page's script src names: from the site root, or relative to the page. */
function projectPath(assetsDir: string, pageUrlPath: string, src: string): string {
  const path = src.replace(/[?#].*$/, "");
  const root = assetsDir ? `${assetsDir}/` : "";
  if (path.startsWith("/")) return normalizePath(`${root}${path}`);
  return normalizePath(`${root}${pageUrlPath.replace(/[^/]*$/, "")}${path}`);
}

async function bundleEntry(
  bundler: Bundler,
  sources: SourceFiles,
  entry: string,
  packages: ProjectPackages | undefined,
): Promise<{ ok: true; file: BuiltFile } | { ok: false; errors: string[] }> {
  if (!sources.has(entry))
    return { ok: false, errors: [`${entry}: a page loads it, but the project has no such file`] };
  const bundled = await bundleModule(bundler, sources, entry, "browser", packages);
  if (!bundled.ok) return bundled;
  const bytes = new TextEncoder().encode(bundled.code);
  const hash = await sha256Hex(bytes);
  const name = entry.slice(entry.lastIndexOf("/") + 1).replace(/\.[^.]+$/, "");
  const urlPath = `/assets/${name}-${hash.slice(0, 12)}.js`;
  return { ok: true, file: { urlPath, hash, size: bytes.byteLength, type: contentTypeOf(urlPath), bytes } };
}

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { collectStaticImports } from "./collectStaticImports.ts";
import { measureChunkSizes, sumChunkSizes, type ChunkSize } from "./measureChunkSizes.ts";
import { readEntryScripts } from "./readEntryScripts.ts";

export interface BuildSizes {
  chunks: ChunkSize[];
  /** What index.html loads (its entry and preloads) and their static imports: the dashboard's JS. */
  shell: string[];
  /** The shell plus the IDE route's chunk and its static imports: what runs before Monaco starts loading. */
  beforeMonaco: string[];
  /** The IDE route's chunk (`IdePage-*.js`). */
  ideChunk: string;
  /** Whether the shell itself starts loading Monaco on an IDE URL (apps/web/src/warmIde.ts). */
  monacoFromShell: boolean;
}

/** The IDE route is loaded on demand (router.tsx); Vite names its chunk after the module. */
const IDE_CHUNK = /^IdePage-[\w-]+\.js$/;
/** A dynamic import of Monaco's loader (editor/loadMonaco.ts), minified or not. */
const MONACO_LOADER_IMPORT = /\bimport\(\s*[`"'](?:\.\/)?loadMonaco-[\w-]+\.js[`"']\s*\)/;

/**
 * Sizes of a Vite build of the web app (`dist/`), and which of its chunks are on the
 * critical path: index.html's scripts and their static imports, then (unless the shell
 * starts Monaco's loader itself) the IDE route's chunk and its static imports. Dynamic
 * imports (Monaco, the editor, other routes) are not followed: they load on demand, after.
 */
export function measureBuildSizes(dist: string): BuildSizes {
  const assets = join(dist, "assets");
  const readChunk = (name: string) => {
    const path = join(assets, name);
    return existsSync(path) ? readFileSync(path, "utf8") : undefined;
  };
  const entries = readEntryScripts(readFileSync(join(dist, "index.html"), "utf8")).map((src) =>
    src.replace(/^\/?assets\//, ""),
  );
  const chunks = measureChunkSizes(assets);
  const ideChunks = chunks.filter((chunk) => IDE_CHUNK.test(chunk.file));
  const ideChunk = ideChunks[0]?.file;
  if (!ideChunk || ideChunks.length > 1) {
    throw new Error(`expected one IdePage-*.js chunk in ${assets}, found ${ideChunks.length}: rebuild the web app`);
  }
  const shell = collectStaticImports(entries, readChunk);
  if (shell.length === 0) throw new Error(`${dist}/index.html loads no script found in ${assets}`);
  // When the shell starts Monaco itself, the IDE route loads beside Monaco, not before it.
  const monacoFromShell = shell.some((name) => MONACO_LOADER_IMPORT.test(readChunk(name) ?? ""));
  const beforeMonaco = monacoFromShell ? shell : collectStaticImports([...shell, ideChunk], readChunk);
  return { chunks, shell, beforeMonaco, ideChunk, monacoFromShell };
}

/** The summed sizes of the named chunks. */
export function sizeOf(sizes: BuildSizes, files: readonly string[]): { rawBytes: number; gzipBytes: number } {
  return sumChunkSizes(sizes.chunks.filter((chunk) => files.includes(chunk.file)));
}

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { collectStaticImports } from "./collectStaticImports.ts";
import { measureChunkSizes, sumChunkSizes, type ChunkSize } from "./measureChunkSizes.ts";
import { readEntryScripts } from "./readEntryScripts.ts";

export interface BuildSizes {
  chunks: ChunkSize[];
  /** What index.html loads (its entry and preloads) and their static imports. */
  entry: string[];
  /** The entry plus the app's chunk (`renderApp-*.js`) and their static imports: the dashboard's JS. */
  shell: string[];
  /** What runs before Monaco starts loading on an IDE URL: the entry when it starts Monaco itself, else the shell, the IDE route's chunk and their static imports. */
  beforeMonaco: string[];
  /** The IDE route's chunk (`IdePage-*.js`). */
  ideChunk: string;
  /** Whether the entry itself starts loading Monaco on an IDE URL (apps/web/src/boot/bootIde.ts). */
  monacoFromShell: boolean;
}

/** The IDE route is loaded on demand (router.tsx); Vite names its chunk after the module. */
const IDE_CHUNK = /^IdePage-[\w-]+\.js$/;
/** The app (React, the router, every page) is loaded by the entry (main.ts), on demand. */
const APP_CHUNK = /^renderApp-[\w-]+\.js$/;
/** A dynamic import of Monaco's loader (editor/loadMonaco.ts), minified or not. */
const MONACO_LOADER_IMPORT = /\bimport\(\s*[`"'](?:\.\/)?loadMonaco-[\w-]+\.js[`"']\s*\)/;

/**
 * Sizes of a Vite build of the web app (`dist/`), and which of its chunks are on the
 * critical path: index.html's scripts and their static imports, then (unless the entry
 * starts Monaco's loader itself) the app's and the IDE route's chunks and their static imports. Dynamic
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
  const one = (pattern: RegExp, name: string) => {
    const found = chunks.filter((chunk) => pattern.test(chunk.file));
    if (found.length !== 1 || !found[0]) {
      throw new Error(`expected one ${name} chunk in ${assets}, found ${found.length}: rebuild the web app`);
    }
    return found[0].file;
  };
  const ideChunk = one(IDE_CHUNK, "IdePage-*.js");
  const appChunk = one(APP_CHUNK, "renderApp-*.js");
  const entry = collectStaticImports(entries, readChunk);
  if (entry.length === 0) throw new Error(`${dist}/index.html loads no script found in ${assets}`);
  const shell = collectStaticImports([...entry, appChunk], readChunk);
  // When the entry starts Monaco itself, the app and the IDE route load beside or after Monaco.
  const monacoFromShell = entry.some((name) => MONACO_LOADER_IMPORT.test(readChunk(name) ?? ""));
  const beforeMonaco = monacoFromShell ? entry : collectStaticImports([...shell, ideChunk], readChunk);
  return { chunks, entry, shell, beforeMonaco, ideChunk, monacoFromShell };
}

/** The summed sizes of the named chunks. */
export function sizeOf(sizes: BuildSizes, files: readonly string[]): { rawBytes: number; gzipBytes: number } {
  return sumChunkSizes(sizes.chunks.filter((chunk) => files.includes(chunk.file)));
}

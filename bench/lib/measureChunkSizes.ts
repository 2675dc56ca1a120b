import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export interface ChunkSize {
  /** The file's name in the assets folder: `index-BwZpdCcq.js`. */
  file: string;
  rawBytes: number;
  /** Compressed by node:zlib at its default level (6), about what a server sends. */
  gzipBytes: number;
}

/** Every JavaScript and CSS file in a build's assets folder (source maps left out), largest gzip first. */
export function measureChunkSizes(assetsDir: string): ChunkSize[] {
  return readdirSync(assetsDir)
    .filter((file) => /\.(?:js|css)$/.test(file))
    .map((file) => {
      const data = readFileSync(join(assetsDir, file));
      return { file, rawBytes: data.byteLength, gzipBytes: gzipSync(data).byteLength };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.file.localeCompare(b.file));
}

/** The raw and gzip bytes of several chunks together. */
export function sumChunkSizes(chunks: readonly ChunkSize[]): { rawBytes: number; gzipBytes: number } {
  return chunks.reduce((sum, c) => ({ rawBytes: sum.rawBytes + c.rawBytes, gzipBytes: sum.gzipBytes + c.gzipBytes }), {
    rawBytes: 0,
    gzipBytes: 0,
  });
}

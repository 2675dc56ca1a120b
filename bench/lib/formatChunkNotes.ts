import { sumChunkSizes, type ChunkSize } from "./measureChunkSizes.ts";

/**
 * The build's chunks as benchmark notes (prose, so no column alignment): one note for
 * the critical path, in load order, with its total; one for every other chunk, largest
 * gzip first. Sizes are kB (1,000 bytes), raw/gzip.
 */
export function formatChunkNotes(chunks: readonly ChunkSize[], criticalPath: readonly string[]): string[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.file, chunk]));
  const critical = criticalPath.flatMap((file) => byFile.get(file) ?? []);
  const others = chunks.filter((chunk) => !criticalPath.includes(chunk.file));
  const notes = [
    `critical path before Monaco, in load order (kB raw/gzip): ${critical.map(formatChunk).join(", ")}; ` +
      `total ${formatSizes(sumChunkSizes(critical))}.`,
  ];
  if (others.length) {
    notes.push(
      `the other ${others.length} chunks, largest gzip first (kB raw/gzip): ${others.map(formatChunk).join(", ")}; ` +
        `total ${formatSizes(sumChunkSizes(others))}.`,
    );
  }
  return notes;
}

function formatChunk(chunk: ChunkSize): string {
  return `${chunk.file} ${formatSizes(chunk)}`;
}

function formatSizes({ rawBytes, gzipBytes }: { rawBytes: number; gzipBytes: number }): string {
  return `${formatKb(rawBytes)}/${formatKb(gzipBytes)}`;
}

/** Kilobytes (1,000 bytes) with one decimal: 502,606 bytes is "502.6". */
export function formatKb(bytes: number): string {
  return (bytes / 1000).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

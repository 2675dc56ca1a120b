export interface SearchOptions {
  caseSensitive: boolean;
  /** Stop after this many matching lines in all. */
  limit: number;
}

export interface SearchHit {
  fileId: string;
  path: string;
  /** 1-based, as editors count. */
  line: number;
  column: number;
  /** The line, cut to at most 200 characters around the match. */
  preview: string;
}

export interface SearchResult {
  hits: SearchHit[];
  /** True when the limit cut the results short. */
  truncated: boolean;
}

/** Finds `query` (plain text, not a pattern) in every text file, in path order. */
export function searchProject(
  files: Array<{ fileId: string; path: string; text: string }>,
  query: string,
  options: SearchOptions,
): SearchResult {
  const hits: SearchHit[] = [];
  if (!query) return { hits, truncated: false };
  const needle = options.caseSensitive ? query : query.toLowerCase();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { fileId, path, text } of sorted) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? "";
      const at = (options.caseSensitive ? line : line.toLowerCase()).indexOf(needle);
      if (at === -1) continue;
      if (hits.length === options.limit) return { hits, truncated: true };
      hits.push({ fileId, path, line: i + 1, column: at + 1, preview: previewAround(line, at, query.length) });
    }
  }
  return { hits, truncated: false };
}

function previewAround(line: string, at: number, length: number): string {
  if (line.length <= 200) return line.trim();
  const start = Math.max(0, at - 80);
  return `${start > 0 ? "…" : ""}${line.slice(start, start + 200 - length).trim()}…`;
}

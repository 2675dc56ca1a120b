export interface SearchMatch {
  path: string;
  /** 1-based. */
  line: number;
  /** The line, trimmed, at most LINE_CHARS long. */
  text: string;
}

export interface SearchResult {
  matches: SearchMatch[];
  /** More lines matched than `limit`; only the first are in `matches`. */
  truncated: boolean;
}

/** A line is shown up to this long: a minified bundle's one line must not fill the model's context. */
const LINE_CHARS = 200;
/** How much of a long line is kept before the match, so the model sees what leads up to it. */
const CONTEXT_CHARS = 40;

/**
 * The search tool: every line of the files that contains `query`, literally and ignoring
 * case, in the files' order and then by line. Each line is listed once, however many times
 * it matches. An empty query matches nothing.
 */
export function searchFiles(
  files: readonly { path: string; text: string }[],
  query: string,
  { limit = 50 }: { limit?: number } = {},
): SearchResult {
  const matches: SearchMatch[] = [];
  if (query === "") return { matches, truncated: false };
  // Unicode-aware case folding; only the characters that are syntax under the u flag may be escaped.
  const pattern = new RegExp(query.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&"), "iu");
  for (const file of files) {
    for (const [index, line] of file.text.split("\n").entries()) {
      if (!pattern.test(line)) continue;
      if (matches.length === limit) return { matches, truncated: true };
      matches.push({ path: file.path, line: index + 1, text: excerpt(line.trim(), pattern) });
    }
  }
  return { matches, truncated: false };
}

/** The matches as the model reads them: `path:line: text`, one a line. */
export function formatMatches(result: SearchResult): string {
  if (result.matches.length === 0) return "No matches.";
  const lines = result.matches.map((match) => `${match.path}:${match.line}: ${match.text}`);
  if (result.truncated) {
    lines.push(`(only the first ${result.matches.length} matches are shown: search for something more specific)`);
  }
  return lines.join("\n");
}

/** The line cut to LINE_CHARS around the match, an ellipsis marking each cut end. */
function excerpt(line: string, pattern: RegExp): string {
  if (line.length <= LINE_CHARS) return line;
  const match = pattern.exec(line);
  const end = match ? match.index + match[0].length : 0;
  if (!match || end <= LINE_CHARS - 1) return `${line.slice(0, LINE_CHARS - 1)}…`;
  const start = Math.min(Math.max(1, match.index - CONTEXT_CHARS), line.length - (LINE_CHARS - 1));
  if (start + LINE_CHARS - 1 >= line.length) return `…${line.slice(start)}`;
  return `…${line.slice(start, start + LINE_CHARS - 2)}…`;
}

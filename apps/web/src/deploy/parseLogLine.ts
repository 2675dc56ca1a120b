/** A place in the project a log line points at (1-based line and column). */
export interface LogLocation {
  file: string;
  line: number;
  column: number;
}

export interface LogLine {
  text: string;
  /** Set when the line starts with `file:line[:column]:`, as esbuild's errors do. */
  location: LogLocation | null;
}

// `src/worker.ts:3:10: Expected ";" but found "x"` (packages/deploy's formatMessage);
// a path has no spaces or colons, and must contain a dot or slash so that "Build failed:"
// or "warning: …" is never read as a file.
const LOCATED = /^(?:warning: )?([^\s:]*[./][^\s:]*):(\d+)(?::(\d+))?:\s/;

/** Reads one deploy log line, finding the file and line an error names. */
export function parseLogLine(text: string): LogLine {
  const match = LOCATED.exec(text);
  if (!match) return { text, location: null };
  const [, file = "", line = "1", column = "1"] = match;
  return { text, location: { file: file.replace(/^\.?\//, ""), line: Number(line), column: Number(column ?? 1) } };
}

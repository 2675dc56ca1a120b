/** A build error as bundleModule words it: where it is, what it says, and the line's text. */
export interface BuildError {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, as an editor counts; esbuild's own are 0-based. */
  column: number;
  text: string;
  lineText: string | null;
}

/**
 * Reads `src/main.tsx:3:17: Could not resolve "./App.js"\n    import App from "./App.js";`
 * (packages/deploy/src/bundleModule.ts formatMessage). Null for an error without a place.
 * A path cannot hold ":" (SPEC D3), so the first colon ends it.
 */
export function readBuildError(error: string): BuildError | null {
  const found = /^([^:\n]+):(\d+):(\d+): ([^\n]*)(?:\n {4}([^\n]*))?/.exec(error);
  if (!found) return null;
  const [, file = "", line = "", column = "", text = "", lineText] = found;
  return { file, line: Number(line), column: Number(column), text, lineText: lineText ?? null };
}

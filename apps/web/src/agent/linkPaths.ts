/** A piece of a log line or error: plain text, or a project file's path (with a line and column when given). */
export type TextPiece =
  { kind: "text"; text: string } | { kind: "path"; text: string; path: string; at?: { line: number; column: number } };

// A path stands alone: not inside a longer name ("xsrc/a.ts", "src/a.tsx" for "src/a.ts").
const NAME_CHAR = /[\w./-]/;

/**
 * Splits `text` where it names a file the project has (`paths`), so each can link to the
 * file: "created src/app.tsx", "src/main.tsx:5:39: Expected …" (its line and column kept).
 * The longest path wins where one is the start of another; a trailing "." ends a sentence,
 * not a path.
 */
export function linkPaths(text: string, paths: Iterable<string>): TextPiece[] {
  const known = [...paths].filter(Boolean).sort((a, b) => b.length - a.length);
  const pieces: TextPiece[] = [];
  let plainFrom = 0;
  let i = 0;
  while (i < text.length) {
    const path = NAME_CHAR.test(text[i - 1] ?? " ") ? undefined : known.find((p) => endsAt(text, i, p));
    if (!path) {
      i++;
      continue;
    }
    if (i > plainFrom) pieces.push({ kind: "text", text: text.slice(plainFrom, i) });
    const location = /^:(\d+)(?::(\d+))?/.exec(text.slice(i + path.length));
    const shown = location ? path + location[0] : path;
    pieces.push(
      location
        ? { kind: "path", text: shown, path, at: { line: Number(location[1]), column: Number(location[2] ?? 1) } }
        : { kind: "path", text: shown, path },
    );
    i += shown.length;
    plainFrom = i;
  }
  if (plainFrom < text.length) pieces.push({ kind: "text", text: text.slice(plainFrom) });
  return pieces;
}

/** Whether `path` stands in `text` at `start`, ended by the text's end, a non-name character or a sentence's ".". */
function endsAt(text: string, start: number, path: string): boolean {
  if (!text.startsWith(path, start)) return false;
  const after = text[start + path.length];
  if (after === undefined || !NAME_CHAR.test(after)) return true;
  const next = text[start + path.length + 1];
  return after === "." && (next === undefined || /\s/.test(next));
}

import { lineNumberAt } from "./lineNumberAt.ts";
import { occurrencesOf } from "./occurrencesOf.ts";
import { similarity } from "./similarity.ts";

/** Lines of the file shown to the model as what a find should have been, at most. */
const SHOWN_LINES = 30;
const SHOWN_LINE_CHARS = 200;
/** Below this a line shares too little with find's first line to be worth showing. */
const CLOSE_ENOUGH = 0.4;
const CLOSEST_SHOWN = 3;
/** A line this much less alike than the closest one is not shown beside it. */
const OUTSHONE = 0.25;

/**
 * Why an edit's find matched nothing, as help for the model to write one that does: a line
 * ending mismatch (CRLF file, LF find); else where find would match if whitespace were
 * ignored, with the file's actual text to copy; else the file's lines closest to find's
 * first line. Models most often misremember indentation, or edit a line since changed.
 */
export function explainNoMatch(text: string, find: string): string {
  if (text === "") return "The file is empty.";
  const endings = lineEndings(text, find);
  if (endings?.matches) return endings.note;
  const help = looseMatchHelp(text, find) ?? closestLinesHelp(text, find);
  return endings ? `${endings.note}\n${help}` : help;
}

/** A note when the file's line endings and find's differ, and whether find matches once they agree. */
function lineEndings(text: string, find: string): { note: string; matches: boolean } | null {
  const fileCrlf = text.includes("\r\n");
  const findLf = /(^|[^\r])\n/.test(find);
  const findCrlf = find.includes("\r\n");
  if (fileCrlf === findCrlf || (fileCrlf && !findLf)) return null;
  const converted = fileCrlf ? find.replace(/\r?\n/g, "\r\n") : find.replace(/\r\n/g, "\n");
  const found = occurrencesOf(text, converted, 2);
  const note = fileCrlf
    ? "The file's lines end in CRLF (\\r\\n) but find's end in LF (\\n)"
    : "The file's lines end in LF (\\n) but find's end in CRLF (\\r\\n)";
  if (found.length === 1) {
    return {
      note: `${note}: with the file's line endings find matches line ${lineNumberAt(text, found[0] ?? 0)}.`,
      matches: true,
    };
  }
  return { note: `${note}; write find with the file's line endings.`, matches: false };
}

/** Where find matches when whitespace is ignored (all of it: `a,b` is `a, b`). */
function looseMatchHelp(text: string, find: string): string | null {
  const fileLines = splitLines(text);
  const loose = fileLines.map(squash);
  const wanted = splitLines(find).map(squash);
  if (wanted.every((line) => line === "")) return null;
  const starts: number[] = [];
  for (let start = 0; start + wanted.length <= loose.length; start++) {
    if (matchesAt(loose, wanted, start)) starts.push(start);
  }
  const [only] = starts;
  if (only === undefined) return null;
  if (starts.length > 1) {
    const lines = starts.slice(0, 10).map((start) => start + 1);
    return (
      `find matches ${starts.length} places when whitespace is ignored (lines ${lines.join(", ")}): ` +
      "the indentation or spacing differs. Copy the exact text of the one you mean, with lines around it to make it unique."
    );
  }
  const last = only + wanted.length - 1;
  const range = last > only ? `lines ${only + 1}-${last + 1}` : `line ${only + 1}`;
  const shown = fileLines.slice(only, Math.min(last + 1, only + SHOWN_LINES)).join("\n");
  const cut = last + 1 - only > SHOWN_LINES ? `\n(${last + 1 - only - SHOWN_LINES} more lines)` : "";
  return `find matches ${range} when whitespace is ignored: the indentation or spacing differs. The file has:\n${shown}${cut}`;
}

/**
 * A multi-line find may begin inside its first line and end inside its last, so those two
 * need only end and begin the same; the lines between must be whole.
 */
function matchesAt(lines: readonly string[], wanted: readonly string[], start: number): boolean {
  if (wanted.length === 1) return (lines[start] ?? "").includes(wanted[0] ?? "");
  return wanted.every((line, offset) => {
    const actual = lines[start + offset] ?? "";
    if (offset === 0) return actual.endsWith(line);
    if (offset === wanted.length - 1) return actual.startsWith(line);
    return actual === line;
  });
}

function closestLinesHelp(text: string, find: string): string {
  const first =
    splitLines(find)
      .map(normalize)
      .find((line) => line !== "") ?? "";
  const quoted = JSON.stringify(cut(first));
  const scored = splitLines(text)
    .map((line, index) => ({ line, number: index + 1, score: similarity(normalize(line), first) }))
    .filter((candidate) => candidate.score >= CLOSE_ENOUGH)
    .sort((a, b) => b.score - a.score || a.number - b.number);
  // Next to a line that is nearly find's, lines that merely share words with it are noise.
  const best = scored[0]?.score ?? 0;
  const closest = scored.filter((candidate) => candidate.score >= best - OUTSHONE).slice(0, CLOSEST_SHOWN);
  if (closest.length === 0) {
    return `No line of the file resembles find's first line (${quoted}): read the file again, it may have changed.`;
  }
  const listed = closest.map((candidate) => `${candidate.number}: ${cut(candidate.line.trim())}`).join("\n");
  const lines = closest.length > 1 ? "lines" : "line";
  return `The ${lines} of the file closest to find's first line (${quoted}):\n${listed}\nCopy find from the file exactly.`;
}

function splitLines(text: string): string[] {
  return text.split("\n").map((line) => (line.endsWith("\r") ? line.slice(0, -1) : line));
}

function squash(line: string): string {
  return line.replace(/\s+/g, "");
}

function normalize(line: string): string {
  return line.trim().replace(/\s+/g, " ");
}

function cut(line: string): string {
  return line.length > SHOWN_LINE_CHARS ? `${line.slice(0, SHOWN_LINE_CHARS - 1)}…` : line;
}

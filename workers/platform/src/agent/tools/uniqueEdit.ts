import type { Edit } from "./applyEdits.ts";
import { occurrencesOf } from "./occurrencesOf.ts";

/**
 * The edit that replaces `text[start, end)` with `replacement`, its find grown to whole
 * lines and then a line either side at a time until it occurs exactly once, as applyEdits
 * requires. An insertion (start === end) takes its line as find. Null only for an empty text,
 * where no find can be written.
 */
export function uniqueEdit(text: string, start: number, end: number, replacement: string): Edit | null {
  if (text === "") return null;
  let from = start;
  let to = end;
  if (from === to || !isUnique(text, from, to)) {
    from = lineStart(text, start);
    to = lineEnd(text, end);
  }
  while (!isUnique(text, from, to) && (from > 0 || to < text.length)) {
    if (from > 0) from = lineStart(text, from - 1);
    if (to < text.length) to = nextLineEnd(text, to);
  }
  return { find: text.slice(from, to), replace: text.slice(from, start) + replacement + text.slice(end, to) };
}

function isUnique(text: string, from: number, to: number): boolean {
  return to > from && occurrencesOf(text, text.slice(from, to), 2).length === 1;
}

function lineStart(text: string, index: number): number {
  return index <= 0 ? 0 : text.lastIndexOf("\n", index - 1) + 1;
}

/** Where the line holding `index` ends, before its line break (`\r\n` or `\n`). */
function lineEnd(text: string, index: number): number {
  const at = text.indexOf("\n", index);
  if (at === -1) return text.length;
  return text[at - 1] === "\r" && at - 1 >= index ? at - 1 : at;
}

/** The end of the line after the one that ends at `index`, or of the text. */
function nextLineEnd(text: string, index: number): number {
  const at = text.indexOf("\n", index);
  return at === -1 ? text.length : lineEnd(text, at + 1);
}

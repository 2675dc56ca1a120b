/**
 * JSX's parts of a file as Monaco semantic tokens (the LSP encoding: per token, five
 * numbers: line delta, start delta, length, type, modifiers), from TypeScript's syntactic
 * classifications (`[start, length, classification]` triples, see typescript.worker.ts).
 *
 * The types are named after the theme rules that colour HTML, so JSX reads like it in
 * every theme: tag names as `tag`, attribute names as `attribute.name`, their strings as
 * `attribute.value`. JSX text gets a type no theme names (`jsxText`), which Monaco paints
 * in the editor's plain foreground: words, not the keywords ("from") and type names
 * ("Click") that the TypeScript grammar took them for.
 */

/** TypeScript's `ClassificationType`s for JSX (typescript/src/services/types.ts). */
const JSX = {
  openTagName: 19,
  closeTagName: 20,
  selfClosingTagName: 21,
  attribute: 22,
  text: 23,
  attributeStringLiteralValue: 24,
} as const;

export const JSX_CLASSIFICATIONS: ReadonlySet<number> = new Set(Object.values(JSX));

/** The legend Monaco reads the token types by: `TOKEN_TYPE[classification]` indexes it. */
export const JSX_TOKEN_LEGEND = {
  tokenTypes: ["jsxText", "tag", "attribute.name", "attribute.value"],
  tokenModifiers: [],
};

const TOKEN_TYPE: Readonly<Record<number, number>> = {
  [JSX.text]: 0,
  [JSX.openTagName]: 1,
  [JSX.closeTagName]: 1,
  [JSX.selfClosingTagName]: 1,
  [JSX.attribute]: 2,
  [JSX.attributeStringLiteralValue]: 3,
};

/**
 * The semantic tokens of `text` for the JSX triples (in order, not overlapping). A span
 * over several lines (JSX text usually is) becomes one token per line, as tokens must be;
 * line breaks themselves are in none.
 */
export function encodeJsxTokens(text: string, triples: readonly number[]): Uint32Array {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const data: number[] = [];
  let previousLine = 0;
  let previousChar = 0;
  let line = 0;
  for (let i = 0; i + 2 < triples.length; i += 3) {
    const type = TOKEN_TYPE[triples[i + 2] ?? -1];
    if (type === undefined) continue;
    let start = triples[i] ?? 0;
    const end = Math.min(text.length, start + (triples[i + 1] ?? 0));
    while ((lineStarts[line + 1] ?? Infinity) <= start) line++;
    while (start < end) {
      const next = lineStarts[line + 1] ?? text.length + 1;
      // The line's text ends before its "\n" (and a "\r" before that).
      let lineEnd = next - 1;
      if (text[lineEnd - 1] === "\r" && lineEnd - 1 >= start) lineEnd--;
      const pieceEnd = Math.min(end, lineEnd);
      if (pieceEnd > start) {
        const char = start - (lineStarts[line] ?? 0);
        data.push(line - previousLine, line === previousLine ? char - previousChar : char, pieceEnd - start, type, 0);
        previousLine = line;
        previousChar = char;
      }
      if (end <= next) break;
      start = next;
      line++;
    }
  }
  return Uint32Array.from(data);
}

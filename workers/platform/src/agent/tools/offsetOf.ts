/** The offset of a 1-based line and column in `text`, or null when the text has no such line. */
export function offsetOf(text: string, line: number, column: number): number | null {
  let at = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", at);
    if (next === -1) return null;
    at = next + 1;
  }
  return at + column - 1;
}

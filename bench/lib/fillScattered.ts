import type * as Y from "yjs";
import { mulberry32 } from "./generateB4Trace.ts";

const LETTERS = "abcdefghijklmnopqrstuvwxyz      ";
/** About one character in 40 ends a line, so the file has lines of a usual length. */
const NEWLINE_ODDS = 1 / 40;

/**
 * Fills `text` by `edits` single-character insertions, each at a uniformly random place
 * (seeded), in one transaction. No two neighbouring characters were typed one after the
 * other, so Yjs cannot merge them into runs: the text holds about one item per character,
 * the structure of a file that many people edited in many places over a long time.
 */
export function fillScattered(doc: Y.Doc, text: Y.Text, edits: number, seed: number): void {
  const random = mulberry32(seed);
  doc.transact(() => {
    for (let i = 0; i < edits; i++) {
      const char = random() < NEWLINE_ODDS ? "\n" : (LETTERS[Math.floor(random() * LETTERS.length)] ?? " ");
      text.insert(Math.floor(random() * (text.length + 1)), char);
    }
  });
}

import type * as Y from "yjs";
import { textChanges } from "./textChanges.ts";

/**
 * Makes `ytext` read `text` by changing only the ranges that differ (SPEC D13), right to
 * left so each edit's offsets are still those of the text before it. Call it inside the
 * caller's transaction: the whole change is then one update with the caller's origin, and
 * a collaborator's typing on lines the change leaves alone survives it. Answers how many
 * ranges changed (0: it already read that way).
 */
export function replaceText(ytext: Y.Text, text: string): number {
  const edits = textChanges(ytext.toString(), text);
  for (let i = edits.length - 1; i >= 0; i--) {
    const { start, end, text: insert } = edits[i]!;
    if (end > start) ytext.delete(start, end - start);
    if (insert) ytext.insert(start, insert);
  }
  return edits.length;
}

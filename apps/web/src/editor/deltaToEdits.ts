import type { TextEdit } from "@wove/protocol";

/** One operation of a Y.Text delta (Y.YTextEvent#delta). */
export interface TextDeltaOp {
  insert?: unknown;
  retain?: number;
  delete?: number;
}

// An embed takes one position in a Y.Text; a placeholder keeps every later offset aligned.
const EMBED_PLACEHOLDER = "\uFFFC";

/**
 * A Y.Text delta (sequential operations, each offset counted after the previous ones)
 * as one batch of edits against the old text, so Monaco can apply a remote change in
 * a single `applyEdits` call. Touching operations merge, so a replacement is one edit.
 */
export function deltaToEdits(delta: readonly TextDeltaOp[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let offset = 0;
  const push = (start: number, end: number, text: string) => {
    const last = edits.at(-1);
    if (last && last.end === start) {
      last.end = end;
      last.text += text;
    } else {
      edits.push({ start, end, text });
    }
  };
  for (const op of delta) {
    if (op.retain !== undefined) {
      offset += op.retain;
    } else if (op.delete !== undefined) {
      push(offset, offset + op.delete, "");
      offset += op.delete;
    } else if (op.insert !== undefined) {
      push(offset, offset, typeof op.insert === "string" ? op.insert : EMBED_PLACEHOLDER);
    }
  }
  return edits;
}

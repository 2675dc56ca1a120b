import type { TextEdit } from "@wove/protocol";

/**
 * Where an offset in the old text lands after a batch of edits (sorted, in old-text
 * offsets). `assoc` decides an insertion exactly at the offset: -1 stays before it,
 * 1 moves after it. A deleted offset goes to where the deletion happened.
 */
export function mapOffset(offset: number, edits: readonly TextEdit[], assoc: -1 | 1): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.start > offset) break;
    const removed = edit.end - edit.start;
    if (edit.start === offset && removed === 0) {
      if (assoc > 0) shift += edit.text.length;
      continue;
    }
    if (edit.end <= offset) {
      shift += edit.text.length - removed;
      continue;
    }
    return edit.start + shift + (assoc > 0 ? edit.text.length : 0);
  }
  return offset + shift;
}

/**
 * A selection (anchor and head offsets) after a batch of edits. A collapsed caret stays
 * before text inserted at it (as CodeMirror does), and a range does not grow to take in
 * text inserted at its edges.
 */
export function mapSelection(
  selection: { anchor: number; head: number },
  edits: readonly TextEdit[],
): { anchor: number; head: number } {
  const { anchor, head } = selection;
  if (anchor === head) {
    const at = mapOffset(anchor, edits, -1);
    return { anchor: at, head: at };
  }
  const forward = anchor < head;
  return {
    anchor: mapOffset(anchor, edits, forward ? 1 : -1),
    head: mapOffset(head, edits, forward ? -1 : 1),
  };
}

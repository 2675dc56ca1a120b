import { diffLines } from "diff";
import type { TextEdit } from "./TextEdit.ts";
import { minimalEdit } from "./minimalEdit.ts";

// A line diff is O(N·D); past this the proposal is mostly new text anyway, and one
// prefix/suffix edit is as good and never stalls the tab.
const LINE_DIFF_TIMEOUT_MS = 250;

/**
 * The edits that turn `from` into `to`, touching only what differs (SPEC D13): a line
 * diff, each changed run of lines narrowed to its changed characters. Offsets are in
 * `from`, ascending, never overlapping. Unchanged lines are never rewritten, so a
 * collaborator's cursor or concurrent typing in them survives.
 */
export function textChanges(from: string, to: string): TextEdit[] {
  if (from === to) return [];
  const changes = diffLines(from, to, { timeout: LINE_DIFF_TIMEOUT_MS });
  if (!changes) {
    const edit = minimalEdit(from, to);
    return edit ? [edit] : [];
  }
  const edits: TextEdit[] = [];
  let offset = 0;
  let hunk: { start: number; removed: string; added: string } | null = null;
  const flush = () => {
    if (!hunk) return;
    const edit = minimalEdit(hunk.removed, hunk.added);
    if (edit) edits.push({ start: hunk.start + edit.start, end: hunk.start + edit.end, text: edit.text });
    hunk = null;
  };
  for (const change of changes) {
    if (!change.added && !change.removed) {
      flush();
      offset += change.value.length;
      continue;
    }
    hunk ??= { start: offset, removed: "", added: "" };
    if (change.removed) {
      hunk.removed += change.value;
      offset += change.value.length;
    } else {
      hunk.added += change.value;
    }
  }
  flush();
  return edits;
}

/** `text` with the edits applied (for tests and previews). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const { start, end, text: insert } of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + insert + result.slice(end);
  }
  return result;
}

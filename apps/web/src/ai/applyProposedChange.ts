import { createFile, filesOf, findFile, textChanges, textOf, type Result } from "@wove/protocol";
import * as Y from "yjs";

export interface ProposedChange {
  path: string;
  /** The whole new text of the file. */
  text: string;
}

/**
 * A change as reviewed: its edits against the text shown in the diff, anchored to that
 * text with Yjs relative positions, so text collaborators type meanwhile (anywhere the
 * change does not rewrite) survives the apply.
 */
export interface PlannedChange extends ProposedChange {
  /** The file it changes, or null: the path has no file and applying creates it. */
  fileId: string | null;
  /** The file's text when planned (the diff's left side). */
  before: string;
  edits: { start: Y.RelativePosition; end: Y.RelativePosition; text: string }[];
}

export interface AppliedChange {
  fileId: string;
  /** The path had no file: this change created it. */
  created: boolean;
  /** How many ranges changed (0: the file already read that way). */
  edits: number;
  /** Where the first change begins (1-based), for the caret: the person sees what changed. */
  at: { line: number; column: number };
}

/** Plans a proposed file against the document as it is now (SPEC D13). */
export function planChange(doc: Y.Doc, change: ProposedChange): Result<PlannedChange> {
  const fileId = findFile(doc, change.path) ?? null;
  if (fileId === null) return { ok: true, value: { ...change, fileId, before: "", edits: [] } };
  const ytext = textOf(doc, fileId);
  if (!ytext) {
    const kind = filesOf(doc).get(fileId)?.get("kind");
    const what = kind === "blob" ? "a binary file" : "not a text file";
    return { ok: false, error: `${change.path} is ${what}: it cannot be edited` };
  }
  const before = ytext.toString();
  const edits = textChanges(before, change.text).map(({ start, end, text }) => ({
    start: Y.createRelativePositionFromTypeIndex(ytext, start),
    end: Y.createRelativePositionFromTypeIndex(ytext, end),
    text,
  }));
  return { ok: true, value: { ...change, fileId, before, edits } };
}

/**
 * Applies a planned change as one transaction made with `origin` (SPEC D13): only the
 * planned ranges change, wherever collaborators' typing has moved them since; a path
 * with no file gets one.
 */
export function applyPlannedChange(doc: Y.Doc, plan: PlannedChange, origin: object): Result<AppliedChange> {
  if (plan.fileId === null) {
    // Someone may have made the file since the review opened: then it is an edit of theirs.
    if (findFile(doc, plan.path) !== undefined) return applyProposedChange(doc, plan, origin);
    const result = doc.transact(() => createFile(doc, { path: plan.path, text: plan.text }), origin);
    const start = { line: 1, column: 1 };
    return result.ok ? { ok: true, value: { fileId: result.value, created: true, edits: 1, at: start } } : result;
  }
  const ytext = textOf(doc, plan.fileId);
  if (!ytext) return { ok: false, error: `${plan.path} was deleted while the change was being reviewed` };
  const resolve = (position: Y.RelativePosition) => {
    const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
    return absolute?.type === ytext ? absolute.index : null;
  };
  const ranges = plan.edits.flatMap(({ start, end, text }) => {
    const from = resolve(start);
    const to = resolve(end);
    return from === null || to === null ? [] : [{ from, to: Math.max(from, to), text }];
  });
  // Right to left, so each range's offsets are still those of the text before it.
  ranges.sort((a, b) => b.from - a.from);
  if (ranges.length > 0) {
    doc.transact(() => {
      for (const { from, to, text } of ranges) {
        if (to > from) ytext.delete(from, to - from);
        if (text) ytext.insert(from, text);
      }
    }, origin);
  }
  // The leftmost range starts at the same offset after the apply: only text after it moved.
  const at = positionOf(ytext.toString(), ranges.at(-1)?.from ?? 0);
  return { ok: true, value: { fileId: plan.fileId, created: false, edits: ranges.length, at } };
}

/** The 1-based line and column of an offset in `text`. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: offset - lineStart + 1 };
}

/** Plans and applies at once: the file's text becomes `change.text`. */
export function applyProposedChange(doc: Y.Doc, change: ProposedChange, origin: object): Result<AppliedChange> {
  const plan = planChange(doc, change);
  return plan.ok ? applyPlannedChange(doc, plan.value, origin) : plan;
}

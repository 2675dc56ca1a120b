import { textOf } from "@wove/protocol";
import type { Presence } from "@wove/sync";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";

export interface OwnSelection {
  fileId: string;
  text: string;
  /** "line 4" or "lines 3–9". */
  label: string;
}

/**
 * What this person has selected in their file, read from their own presence (the editor
 * publishes the selection as relative positions, which stay right as others type). The
 * AI panel reads it here rather than asking the editor, so it needs no hook into Monaco,
 * and the selection survives focus moving to the panel. Null with nothing selected.
 */
export function readOwnSelection(doc: Y.Doc, awareness: Awareness): OwnSelection | null {
  const state = awareness.getLocalState() as Partial<Presence> | null;
  const fileId = state?.file;
  const cursor = state?.cursor;
  if (typeof fileId !== "string" || !cursor) return null;
  const ytext = textOf(doc, fileId);
  if (!ytext) return null;
  const anchor = absoluteIndex(doc, ytext, cursor.anchor);
  const head = absoluteIndex(doc, ytext, cursor.head);
  if (anchor === null || head === null || anchor === head) return null;
  const [from, to] = anchor < head ? [anchor, head] : [head, anchor];
  const whole = ytext.toString();
  const first = whole.slice(0, from).split("\n").length;
  // A selection ending at the start of a line does not take that line.
  const last = whole.slice(0, to).split("\n").length - (whole[to - 1] === "\n" ? 1 : 0);
  return { fileId, text: whole.slice(from, to), label: first === last ? `line ${first}` : `lines ${first}–${last}` };
}

function absoluteIndex(doc: Y.Doc, ytext: Y.Text, json: unknown): number | null {
  try {
    const absolute = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc);
    return absolute?.type === ytext ? absolute.index : null;
  } catch {
    return null;
  }
}

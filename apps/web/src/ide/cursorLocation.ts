import { textOf } from "@wove/protocol";
import * as Y from "yjs";

/** Where a collaborator's cursor (a relative position, as JSON) is now, as line and column (1-based). */
export function cursorLocation(doc: Y.Doc, fileId: string, relative: unknown): { line: number; column: number } | null {
  const text = textOf(doc, fileId);
  if (!text || !relative) return null;
  let index: number;
  try {
    const absolute = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(relative), doc);
    if (!absolute || absolute.type !== text) return null;
    index = absolute.index;
  } catch {
    return null;
  }
  const before = text.toString().slice(0, index);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: index - lastBreak };
}

import type { editor, ISelection } from "monaco-editor/editor/editor.api";

/** A selection as UTF-16 offsets: where it started (anchor) and where the caret is (head). */
export interface OffsetSelection {
  anchor: number;
  head: number;
}

export function selectionToOffsets(model: editor.ITextModel, selection: ISelection): OffsetSelection {
  return {
    anchor: model.getOffsetAt({
      lineNumber: selection.selectionStartLineNumber,
      column: selection.selectionStartColumn,
    }),
    head: model.getOffsetAt({ lineNumber: selection.positionLineNumber, column: selection.positionColumn }),
  };
}

export function offsetsToSelection(model: editor.ITextModel, { anchor, head }: OffsetSelection): ISelection {
  const from = model.getPositionAt(anchor);
  const to = model.getPositionAt(head);
  return {
    selectionStartLineNumber: from.lineNumber,
    selectionStartColumn: from.column,
    positionLineNumber: to.lineNumber,
    positionColumn: to.column,
  };
}

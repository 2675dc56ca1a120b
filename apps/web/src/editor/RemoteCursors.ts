import type { Presence } from "@wove/sync";
import type { editor } from "monaco-editor/editor/editor.api";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import type { Monaco } from "./loadMonaco.ts";
import {
  CURSOR_BELOW_CLASS,
  cursorLabel,
  remoteCursorClasses,
  remoteCursorCss,
  safeColor,
  type RemoteCursorStyle,
} from "./remoteCursorCss.ts";

export interface RemoteCursorsOptions {
  monaco: Monaco;
  awareness: Awareness;
  ytext: Y.Text;
  fileId: string;
}

/**
 * Draws the other people in one file: each one's selection and caret as decorations of
 * the file's model, in their colour, with their name beside the caret. The colours and
 * names are rules in one <style> element of its own, removed on dispose.
 */
export class RemoteCursors {
  readonly #options: RemoteCursorsOptions;
  readonly #style: HTMLStyleElement;
  #css = "";
  #model: editor.ITextModel | null = null;
  #decorations: string[] = [];

  constructor(options: RemoteCursorsOptions) {
    this.#options = options;
    this.#style = document.createElement("style");
    this.#style.dataset.woveRemoteCursors = options.fileId;
    document.head.append(this.#style);
  }

  /** Draws on `model` from now on (null: draw nowhere), clearing the previous one. */
  setModel(model: editor.ITextModel | null): void {
    if (this.#model && !this.#model.isDisposed()) this.#model.deltaDecorations(this.#decorations, []);
    this.#decorations = [];
    this.#model = model;
    this.render();
  }

  render(): void {
    const model = this.#model;
    if (!model || model.isDisposed()) return;
    const { monaco, awareness, fileId } = this.#options;
    const styles: RemoteCursorStyle[] = [];
    const decorations: editor.IModelDeltaDecoration[] = [];
    for (const [clientId, raw] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const state = raw as Partial<Presence>;
      if (state.file !== fileId || !state.cursor) continue;
      const anchor = this.#indexOf(state.cursor.anchor);
      const head = this.#indexOf(state.cursor.head);
      if (anchor === null || head === null) continue;
      const color = safeColor(state.user?.color);
      styles.push({ clientId, name: cursorLabel(state.user?.name), color });
      const classes = remoteCursorClasses(clientId);
      if (anchor !== head) {
        const from = model.getPositionAt(Math.min(anchor, head));
        const to = model.getPositionAt(Math.max(anchor, head));
        decorations.push({
          range: {
            startLineNumber: from.lineNumber,
            startColumn: from.column,
            endLineNumber: to.lineNumber,
            endColumn: to.column,
          },
          options: {
            className: classes.selection,
            stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
          },
        });
      }
      const at = model.getPositionAt(head);
      decorations.push({
        range: {
          startLineNumber: at.lineNumber,
          startColumn: at.column,
          endLineNumber: at.lineNumber,
          endColumn: at.column,
        },
        options: {
          afterContentClassName: at.lineNumber === 1 ? `${classes.cursor} ${CURSOR_BELOW_CLASS}` : classes.cursor,
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
          overviewRuler: { color, position: monaco.editor.OverviewRulerLane.Center },
        },
      });
    }
    this.#decorations = model.deltaDecorations(this.#decorations, decorations);
    const css = remoteCursorCss(styles);
    if (css !== this.#css) {
      this.#css = css;
      this.#style.textContent = css;
    }
  }

  dispose(): void {
    this.setModel(null);
    this.#style.remove();
  }

  /** A presence position (Y.relativePositionToJSON from someone's browser) as an index in this file. */
  #indexOf(json: unknown): number | null {
    if (typeof json !== "object" || json === null) return null;
    const { ytext } = this.#options;
    const doc = ytext.doc;
    if (!doc) return null;
    let absolute: Y.AbsolutePosition | null;
    try {
      absolute = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), doc);
    } catch {
      // A malformed position from another client: draw nobody rather than fail the editor.
      return null;
    }
    return absolute && absolute.type === ytext ? absolute.index : null;
  }
}

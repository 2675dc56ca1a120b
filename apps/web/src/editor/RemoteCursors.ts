import { assignColors, type Presence } from "@wove/sync";
import type { editor } from "monaco-editor/editor/editor.api";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import type { Monaco } from "./loadMonaco.ts";
import {
  cursorLabel,
  LABEL_FONT,
  LABEL_PADDING,
  placeLabel,
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

/** A caret drawn in the file: whose, and where. */
interface Caret extends RemoteCursorStyle {
  at: { lineNumber: number; column: number };
}

/**
 * Draws the other people in one file: each one's selection and caret as decorations of
 * the file's model, in their colour, with their name beside the caret. The colours and
 * names are rules in one <style> element of its own, removed on dispose.
 *
 * Monaco clips its lines to the editor, so a label goes below the line or to the left of
 * the caret where it would be cut off (`placeLabel`). Where it fits depends on the
 * scroll and the editor's size, so the rules are worked out again as those change; the
 * decorations stay.
 */
export class RemoteCursors {
  readonly #options: RemoteCursorsOptions;
  readonly #style: HTMLStyleElement;
  #css = "";
  #model: editor.ITextModel | null = null;
  #decorations: string[] = [];
  #carets: Caret[] = [];
  /** The editor showing the model, whose scroll and size are followed. */
  #view: { editor: editor.ICodeEditor; listening: { dispose(): void }[] } | null = null;
  #measure: CanvasRenderingContext2D | null | undefined;

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
    this.#carets = [];
    this.#model = model;
    this.render();
  }

  render(): void {
    const model = this.#model;
    if (!model || model.isDisposed()) return;
    const { monaco, awareness, fileId } = this.#options;
    const carets: Caret[] = [];
    const decorations: editor.IModelDeltaDecoration[] = [];
    const states = awareness.getStates() as Map<number, Partial<Presence>>;
    const colors = assignColors(states);
    for (const [clientId, raw] of states) {
      if (clientId === awareness.clientID) continue;
      const state = raw as Partial<Presence>;
      if (state.file !== fileId || !state.cursor) continue;
      const anchor = this.#indexOf(state.cursor.anchor);
      const head = this.#indexOf(state.cursor.head);
      if (anchor === null || head === null) continue;
      const color = safeColor(colors.get(clientId) ?? state.user?.color);
      const at = model.getPositionAt(head);
      carets.push({ clientId, name: cursorLabel(state.user?.name), color, at });
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
      decorations.push({
        range: {
          startLineNumber: at.lineNumber,
          startColumn: at.column,
          endLineNumber: at.lineNumber,
          endColumn: at.column,
        },
        options: {
          afterContentClassName: classes.cursor,
          stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
          overviewRuler: { color, position: monaco.editor.OverviewRulerLane.Center },
        },
      });
    }
    this.#decorations = model.deltaDecorations(this.#decorations, decorations);
    this.#carets = carets;
    this.#restyle();
  }

  dispose(): void {
    this.setModel(null);
    this.#unfollow();
    this.#style.remove();
  }

  /** The style sheet for the carets drawn, each label where it fits in the editor as it is now. */
  #restyle(): void {
    const view = this.#follow();
    const styles = this.#carets.map(({ at, ...caret }): RemoteCursorStyle => {
      const shown = view?.getScrolledVisiblePosition(at);
      // Not in an editor (or not laid out): the first line is the one whose label would be cut off.
      if (!view || !shown) return { ...caret, place: { below: at.lineNumber === 1, flip: false } };
      const layout = view.getLayoutInfo();
      const textWidth = layout.width - layout.verticalScrollbarWidth - layout.minimap.minimapWidth;
      return { ...caret, place: placeLabel(shown, textWidth, this.#labelWidth(caret.name)) };
    });
    const css = remoteCursorCss(styles);
    if (css !== this.#css) {
      this.#css = css;
      this.#style.textContent = css;
    }
  }

  /**
   * The editor showing this model now (the binding moves models between editors: the one
   * shown before the app, the one with Monaco's features), listening to its scroll and size.
   */
  #follow(): editor.ICodeEditor | null {
    const model = this.#model;
    const found = model ? this.#options.monaco.editor.getEditors().find((e) => e.getModel() === model) : undefined;
    if (this.#view?.editor === found) return found ?? null;
    this.#unfollow();
    if (!found) return null;
    const restyle = () => this.#restyle();
    this.#view = {
      editor: found,
      listening: [found.onDidScrollChange(restyle), found.onDidLayoutChange(restyle), found.onDidDispose(restyle)],
    };
    return found;
  }

  #unfollow(): void {
    for (const listener of this.#view?.listening ?? []) listener.dispose();
    this.#view = null;
  }

  #labelWidth(name: string): number {
    if (this.#measure === undefined) {
      this.#measure = document.createElement("canvas").getContext("2d");
      if (this.#measure) this.#measure.font = LABEL_FONT;
    }
    // No canvas (never in a browser that runs Monaco): about 7 px a character.
    const text = this.#measure ? this.#measure.measureText(name).width : name.length * 7;
    return Math.ceil(text) + LABEL_PADDING;
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

/*
 * A typed port of y-monaco 0.1.6's MonacoBinding (https://github.com/yjs/y-monaco),
 * adapted to Wove. y-monaco's own package cannot be used with monaco-editor >= 0.56: it
 * imports `monaco-editor/esm/vs/editor/editor.api.js`, which that version's `exports`
 * map no longer allows (see apps/web/README.md, "Editor").
 *
 * Changes from y-monaco: no import of Monaco's runtime (the loaded API is passed in);
 * presence in Wove's shape (`cursor`, `file`); per-person undo with a Y.UndoManager;
 * remote changes applied as one batch, keeping every local caret and selection; local
 * changes too large for the room refused; a model can be swapped (renames).
 *
 * The MIT License (MIT)
 *
 * Copyright (c) 2019 Kevin Jahns <kevin.jahns@protonmail.com>.
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 */
import { minimalEdit, type TextEdit } from "@wove/protocol";
import { setCursor, type Presence } from "@wove/sync";
import type { editor, IDisposable } from "monaco-editor/editor/editor.api";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { agentOriginOf } from "./agentOrigin.ts";
import { deltaToEdits } from "./deltaToEdits.ts";
import type { Monaco } from "./loadMonaco.ts";
import { mapSelection } from "./mapOffset.ts";
import { pasteVerdict } from "./pasteVerdict.ts";
import { RemoteCursors } from "./RemoteCursors.ts";
import { offsetsToSelection, selectionToOffsets, type OffsetSelection } from "./selectionOffsets.ts";
import { UndoHistory } from "./UndoHistory.ts";

export type LargeChangeOutcome = "accepted" | "refused";

export interface MonacoBindingOptions {
  monaco: Monaco;
  ytext: Y.Text;
  model: editor.ITextModel;
  /** The editor that shows the model (when it does): its selection is published and kept. */
  editor: editor.IStandaloneCodeEditor;
  awareness: Awareness;
  /** The file's id in the project, as presence names it. */
  fileId: string;
  /** A local change over a megabyte went in ("accepted") or was too big for the room ("refused"). */
  onLargeChange?: (chars: number, outcome: LargeChangeOutcome) => void;
}

/** Keeps a Monaco model and a Y.Text equal, shares this person's cursor, and undoes only their edits. */
export class MonacoBinding {
  readonly ytext: Y.Text;
  readonly doc: Y.Doc;
  readonly fileId: string;
  /** This person's edits of the file, and only theirs. */
  readonly history: UndoHistory;
  readonly #options: MonacoBindingOptions;
  #editor: editor.IStandaloneCodeEditor;
  readonly #awareness: Awareness;
  readonly #cursors: RemoteCursors;
  #editorListeners: IDisposable[] = [];
  #model: editor.ITextModel;
  #modelListeners: IDisposable[] = [];
  /** True while this binding writes Y changes into the model (they must not echo back). */
  #applyingRemote = false;
  /** The local selections as offsets, as of the last cursor event: the "before" of the next edit. */
  #selections: OffsetSelection[] = [];
  /** The cursor this binding last published, to clear it on dispose only if still ours. */
  #published: Presence["cursor"] = null;
  /** Origin of this binding's line-ending repairs: already in the model, so not echoed back. */
  readonly #lineEndingsOrigin = Symbol("wove:line-endings");
  #attached = false;
  #destroyed = false;

  constructor(options: MonacoBindingOptions) {
    const { ytext, model, editor, awareness, fileId } = options;
    if (!ytext.doc) throw new Error("MonacoBinding needs a Y.Text that belongs to a Y.Doc");
    this.#options = options;
    this.ytext = ytext;
    this.doc = ytext.doc;
    this.fileId = fileId;
    this.#editor = editor;
    this.#awareness = awareness;
    this.#model = model;
    this.history = new UndoHistory({
      ytext,
      origin: this,
      agentOrigin: agentOriginOf(ytext.doc),
      readSelections: () => this.#selections,
      restoreSelections: this.#restoreSelections,
    });
    this.#cursors = new RemoteCursors({ monaco: options.monaco, awareness, ytext, fileId });
    ytext.observe(this.#onYTextChange);
    awareness.on("change", this.#onAwarenessChange);
    this.#listenTo(editor);
    this.#attach(model);
  }

  get model(): editor.ITextModel {
    return this.#model;
  }

  /** Undoes this person's last change to the file; false if there was none. */
  undo(): boolean {
    return this.history.undo();
  }

  redo(): boolean {
    return this.history.redo();
  }

  /**
   * Lets go of the model, which the caller may then dispose; `setModel` binds the next.
   * Until then, changes to the Y.Text wait in it (the next model starts from its text).
   */
  releaseModel(): void {
    if (this.#attached) this.#detach();
  }

  /**
   * Binds another model to the same Y.Text and undo history (a rename gives the file a
   * new URI, and Monaco cannot change a model's URI). The old model is left to the caller.
   */
  setModel(model: editor.ITextModel): void {
    this.releaseModel();
    this.#model = model;
    this.#attach(model);
  }

  /** Follows another editor (the controller's upgraded one); the model stays bound. */
  setEditor(editor: editor.IStandaloneCodeEditor): void {
    if (this.#destroyed) return;
    for (const listener of this.#editorListeners) listener.dispose();
    this.#editor = editor;
    this.#listenTo(editor);
    if (this.#isShown()) this.#readSelections();
  }

  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.releaseModel();
    for (const listener of this.#editorListeners) listener.dispose();
    this.ytext.unobserve(this.#onYTextChange);
    this.#awareness.off("change", this.#onAwarenessChange);
    this.history.destroy();
    this.#cursors.dispose();
    if (this.#published && this.#awareness.getLocalState()?.cursor === this.#published) {
      setCursor(this.#awareness, null);
    }
  }

  #listenTo(editor: editor.IStandaloneCodeEditor): void {
    this.#editorListeners = [
      editor.onDidChangeCursorSelection(this.#onCursorChange),
      editor.onDidFocusEditorText(() => {
        if (this.#isShown()) this.#publishCursor();
      }),
      editor.onDidChangeModel(() => {
        if (this.#isShown()) this.#readSelections();
      }),
    ];
  }

  #attach(model: editor.ITextModel): void {
    this.#attached = true;
    this.#syncModelFromYText();
    this.#modelListeners = [
      model.onDidChangeContent(this.#onModelChange),
      // Someone else disposed the model: nothing left to keep in sync.
      model.onWillDispose(() => this.destroy()),
    ];
    // Every undo in Monaco (keys, menus, command palette, editor.trigger("undo")) ends in
    // ITextModel.undo(); sending those here keeps Monaco's own stack, which would undo
    // collaborators' text and fight the Y.Text, out of use.
    model.undo = () => void this.undo();
    model.redo = () => void this.redo();
    model.canUndo = () => this.history.manager.canUndo();
    model.canRedo = () => this.history.manager.canRedo();
    this.#cursors.setModel(model);
    if (this.#isShown()) this.#readSelections();
  }

  #detach(): void {
    this.#attached = false;
    const model = this.#model;
    for (const listener of this.#modelListeners) listener.dispose();
    this.#modelListeners = [];
    for (const method of ["undo", "redo", "canUndo", "canRedo"] as const) Reflect.deleteProperty(model, method);
    this.#cursors.setModel(null);
  }

  #isShown(): boolean {
    return this.#attached && this.#editor.getModel() === this.#model;
  }

  /** Makes the model's text the Y.Text's, with one minimal edit (no flush of the view). */
  #syncModelFromYText(): void {
    const model = this.#model;
    const text = this.ytext.toString();
    const edit = minimalEdit(model.getValue(), text);
    if (edit) this.#applyToModel([edit]);
    // Monaco stores one line ending per model: a file mixing \n and \r\n cannot be shown
    // as it is, and offsets would drift. Give the Y.Text the model's line endings.
    const normalized = model.getValue();
    const fix = minimalEdit(text, normalized);
    if (fix && !this.#editor.getOption(this.#options.monaco.editor.EditorOption.readOnly)) {
      this.doc.transact(() => {
        this.ytext.delete(fix.start, fix.end - fix.start);
        this.ytext.insert(fix.start, fix.text);
      }, this.#lineEndingsOrigin);
    }
  }

  #applyToModel(edits: readonly TextEdit[]): void {
    const model = this.#model;
    const operations = edits.map(({ start, end, text }) => {
      const from = model.getPositionAt(start);
      const to = model.getPositionAt(end);
      return {
        range: {
          startLineNumber: from.lineNumber,
          startColumn: from.column,
          endLineNumber: to.lineNumber,
          endColumn: to.column,
        },
        text,
      };
    });
    this.#applyingRemote = true;
    try {
      model.applyEdits(operations);
    } finally {
      this.#applyingRemote = false;
    }
  }

  #onYTextChange = (event: Y.YTextEvent, transaction: Y.Transaction): void => {
    if (!this.#attached || transaction.origin === this || transaction.origin === this.#lineEndingsOrigin) return;
    const edits = deltaToEdits(event.delta);
    const shown = this.#isShown();
    const before = shown ? this.#editor.getSelections() : null;
    this.#applyToModel(edits);
    if (this.#model.getValueLength() !== this.ytext.length) {
      // Monaco normalised the line endings of what came in: realign the whole text.
      this.#syncModelFromYText();
    }
    if (shown && before) {
      // Monaco would move carets with its own stickiness; map them through exactly
      // what changed, so a collaborator typing at my caret does not push it around.
      const model = this.#model;
      const mapped = before.map((selection) =>
        offsetsToSelection(model, mapSelection(selectionToOffsets(model, selection), edits)),
      );
      this.#applyingRemote = true;
      try {
        this.#editor.setSelections(mapped);
      } finally {
        this.#applyingRemote = false;
      }
      this.#readSelections();
    }
    this.#cursors.render();
  };

  #onModelChange = (event: editor.IModelContentChangedEvent): void => {
    if (this.#applyingRemote) return;
    const inserted =
      event.changes.length === 1 ? (event.changes[0]?.text ?? "") : event.changes.map((c) => c.text).join("");
    const verdict = pasteVerdict(inserted, () => Y.encodeStateAsUpdate(this.doc).byteLength);
    if (verdict === "refused") {
      // The room would close the connection over this update: keep the text as it was.
      this.#syncModelFromYText();
      this.#options.onLargeChange?.(inserted.length, "refused");
      return;
    }
    this.history.capture(() => {
      // Changes are in offsets of the text before the event: apply right to left.
      const changes = [...event.changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
      for (const change of changes) {
        if (change.rangeLength > 0) this.ytext.delete(change.rangeOffset, change.rangeLength);
        if (change.text) this.ytext.insert(change.rangeOffset, change.text);
      }
    });
    if (verdict === "large") {
      // A huge paste is its own undo step, not merged with the typing around it.
      this.history.stopCapturing();
      this.#options.onLargeChange?.(inserted.length, "accepted");
    }
  };

  #restoreSelections = (selections: OffsetSelection[]): void => {
    if (!this.#isShown()) return;
    const model = this.#model;
    this.#editor.setSelections(selections.map((selection) => offsetsToSelection(model, selection)));
    const caret = model.getPositionAt(selections[0]?.head ?? 0);
    this.#editor.revealPositionInCenterIfOutsideViewport(caret);
  };

  #onCursorChange = (event: editor.ICursorSelectionChangedEvent): void => {
    if (!this.#isShown() || this.#applyingRemote) return;
    this.#readSelections();
    // A jump elsewhere starts a new undo step, as in any editor.
    if (event.reason === this.#options.monaco.editor.CursorChangeReason.Explicit) this.history.stopCapturing();
    if (this.#editor.hasTextFocus()) this.#publishCursor();
  };

  #onAwarenessChange = ({
    added,
    updated,
    removed,
  }: {
    added: number[];
    updated: number[];
    removed: number[];
  }): void => {
    const self = this.#awareness.clientID;
    const onlyMe = added.length === 0 && removed.length === 0 && updated.every((id) => id === self);
    if (!onlyMe) this.#cursors.render();
    // The shell resets `cursor` when it sets `file` (setCurrentFile), possibly after this
    // editor published: say again where this person is, if they are here.
    if (updated.includes(self) && this.#isShown() && this.#editor.hasTextFocus()) {
      const local = this.#awareness.getLocalState() as Partial<Presence> | null;
      if (local?.file === this.fileId && local.cursor == null) this.#publishCursor();
    }
  };

  #readSelections(): void {
    const model = this.#model;
    this.#selections = (this.#editor.getSelections() ?? []).map((selection) => selectionToOffsets(model, selection));
  }

  /** Shares the primary selection, as Yjs relative positions in this file's text. */
  #publishCursor(): void {
    const primary = this.#editor.getSelection();
    if (!primary) return;
    const { anchor, head } = selectionToOffsets(this.#model, primary);
    this.#published = {
      anchor: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(this.ytext, anchor)),
      head: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(this.ytext, head)),
    };
    setCursor(this.#awareness, this.#published);
  }
}

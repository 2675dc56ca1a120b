import { filesOf } from "@wove/protocol";
import type { editor, IDisposable } from "monaco-editor/editor/editor.api";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { FileModels, type FileChanges } from "./FileModels.ts";
import type { Monaco } from "./loadMonaco.ts";
import type { LargeChangeOutcome } from "./MonacoBinding.ts";
import { pasteVerdict } from "./pasteVerdict.ts";

export const READ_ONLY_MESSAGE = "You are a viewer: you cannot edit this project";

export type EditorTheme = "light" | "dark";

export interface EditorCallbacks {
  /** The file's text is on screen. */
  onReady?: () => void;
  onLargePaste?: (chars: number, outcome: LargeChangeOutcome) => void;
}

export interface EditorControllerOptions {
  monaco: Monaco;
  /** The element Monaco fills. */
  host: HTMLElement;
  doc: Y.Doc;
  awareness: Awareness;
  /** Read at call time, so the component can pass its latest props. */
  callbacks: () => EditorCallbacks;
}

/**
 * One Monaco editor over a project's document: it shows one file at a time, switching
 * models (and keeping each file's cursor and scroll) as the shown file changes, and
 * follows renames and deletions in the document. React drives it from CodeEditor.
 */
export class EditorController {
  readonly doc: Y.Doc;
  readonly awareness: Awareness;
  readonly #options: EditorControllerOptions;
  readonly #editor: editor.IStandaloneCodeEditor;
  readonly #files: FileModels;
  readonly #viewStates = new Map<string, editor.ICodeEditorViewState>();
  readonly #disposables: IDisposable[] = [];
  readonly #listeners = new Set<() => void>();
  /** The file asked for, which may not exist yet (a deep link before the document loads). */
  #wanted: { fileId: string; path: string } | null = null;
  #shown: string | null = null;
  #readOnly = false;
  #revealed = -1;
  #pendingReveal: { fileId: string; line: number; column: number; nonce: number } | null = null;
  #disposed = false;

  constructor(options: EditorControllerOptions) {
    const { monaco, host, doc, awareness } = options;
    this.#options = options;
    this.doc = doc;
    this.awareness = awareness;
    this.#editor = monaco.editor.create(host, {
      model: null,
      automaticLayout: true,
      readOnlyMessage: { value: READ_ONLY_MESSAGE },
      // Hovers and suggestions may overflow the editor's pane instead of being clipped.
      fixedOverflowWidgets: true,
      scrollBeyondLastLine: false,
      minimap: { enabled: false },
      tabSize: 2,
    });
    this.#files = new FileModels({
      monaco,
      doc,
      awareness,
      editor: this.#editor,
      onLargeChange: (chars, outcome) => this.#options.callbacks().onLargePaste?.(chars, outcome),
    });
    const { KeyCode, KeyMod } = monaco;
    this.#disposables.push(
      // Monaco's defaults already send these to `undo`/`redo` (which the binding owns) on
      // some platforms; these make all three work everywhere.
      monaco.editor.addKeybindingRules([
        { keybinding: KeyMod.CtrlCmd | KeyCode.KeyZ, command: "undo", when: "editorTextFocus" },
        { keybinding: KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, command: "redo", when: "editorTextFocus" },
        { keybinding: KeyMod.CtrlCmd | KeyCode.KeyY, command: "redo", when: "editorTextFocus" },
      ]),
      this.#editor,
    );
    // Capture phase: a paste the room would refuse is stopped before Monaco inserts
    // megabytes into the model only to take them out again.
    host.addEventListener("paste", this.#onPaste, { capture: true });
    this.#disposables.push({ dispose: () => host.removeEventListener("paste", this.#onPaste, { capture: true }) });
    filesOf(doc).observeDeep(this.#onFilesChange);
    this.#disposables.push({ dispose: () => filesOf(doc).unobserveDeep(this.#onFilesChange) });
  }

  /** The id of the file whose text is on screen, or null. */
  get shownFile(): string | null {
    return this.#shown;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getShownFile = (): string | null => this.#shown;

  setOptions({ readOnly, theme }: { readOnly: boolean; theme: EditorTheme }): void {
    this.#readOnly = readOnly;
    this.#editor.updateOptions({ readOnly, theme: theme === "dark" ? "vs-dark" : "vs" });
  }

  /** Shows a file (keeping the last one's view state); nothing while it does not exist. */
  show(fileId: string, path: string): void {
    this.#wanted = { fileId, path };
    const file = this.#files.open(fileId, path);
    const model = file?.binding.model ?? null;
    if (this.#shown === fileId && this.#editor.getModel() === model) return;
    this.#saveViewState();
    this.#editor.setModel(model);
    if (!model) {
      this.#setShown(null);
      return;
    }
    const state = this.#viewStates.get(fileId);
    if (state) this.#editor.restoreViewState(state);
    this.#editor.updateOptions({ ariaLabel: file?.path ?? path });
    // Paint now: "ready" promises the text is on screen, not on the next frame.
    this.#editor.render(true);
    this.#setShown(fileId);
    this.#revealPending();
  }

  /** Keeps the models of these files (and the shown one); disposes the others. */
  keepOnly(fileIds: readonly string[]): void {
    const keep = new Set(fileIds);
    if (this.#wanted) keep.add(this.#wanted.fileId);
    for (const fileId of this.#files.ids()) {
      if (keep.has(fileId)) continue;
      this.#files.close(fileId);
      this.#viewStates.delete(fileId);
    }
  }

  /** Puts the caret at a line and column of a file, once per nonce. */
  reveal(target: { fileId: string; line: number; column: number; nonce: number }): void {
    if (target.nonce === this.#revealed) return;
    this.#pendingReveal = target;
    this.#revealPending();
  }

  focus(): void {
    if (!this.#disposed) this.#editor.focus();
  }

  /** Runs one of Monaco's actions (find, replace) in the editor, focusing it first. */
  runAction(actionId: string): void {
    if (this.#disposed) return;
    this.#editor.focus();
    void this.#editor.getAction(actionId)?.run();
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const disposable of this.#disposables) disposable.dispose();
    this.#files.dispose();
    this.#listeners.clear();
  }

  #revealPending(): void {
    const target = this.#pendingReveal;
    if (!target || target.fileId !== this.#shown) return;
    this.#pendingReveal = null;
    this.#revealed = target.nonce;
    const position = { lineNumber: Math.max(1, target.line), column: Math.max(1, target.column) };
    this.#editor.setPosition(position);
    this.#editor.revealPositionInCenterIfOutsideViewport(position);
    this.#editor.focus();
  }

  #saveViewState(): void {
    if (!this.#shown) return;
    const state = this.#editor.saveViewState();
    if (state) this.#viewStates.set(this.#shown, state);
  }

  #setShown(fileId: string | null): void {
    if (this.#shown === fileId) return;
    this.#shown = fileId;
    for (const listener of this.#listeners) listener();
    if (fileId === null) return;
    if (performance.getEntriesByName("wove:editor-ready", "mark").length === 0) performance.mark("wove:editor-ready");
    this.#options.callbacks().onReady?.();
  }

  #onFilesChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]): void => {
    const files = filesOf(this.doc);
    // Text edits arrive here too (the texts are inside the map): only the file list and
    // a file's path or content type matter.
    const relevant = events.some(
      (event) =>
        event.target === files ||
        (event.target.parent === files &&
          event instanceof Y.YMapEvent &&
          [...event.keysChanged].some((key) => key === "path" || key === "text" || key === "kind")),
    );
    if (!relevant) return;
    // Swapping the model blurs the editor; someone typing while a collaborator renames
    // their file must keep typing into it, so focus comes back in this same task.
    const hadFocus = this.#editor.hasTextFocus();
    this.#files.reconcile(this.#beforeSwap);
    // The shown file was renamed (a new model) or its text replaced, or it appeared at last.
    const wanted = this.#wanted;
    if (wanted && this.#shown !== wanted.fileId) this.show(wanted.fileId, wanted.path);
    if (hadFocus && this.#shown && !this.#editor.hasTextFocus()) this.#editor.focus();
  };

  /** Before a shown model is disposed: remember its view state and take it off the editor. */
  #beforeSwap = ({ closed, moved }: FileChanges): void => {
    const shown = this.#shown;
    if (!shown || (!closed.includes(shown) && !moved.includes(shown))) return;
    this.#saveViewState();
    if (closed.includes(shown)) this.#viewStates.delete(shown);
    this.#editor.setModel(null);
    this.#setShown(null);
  };

  #onPaste = (event: ClipboardEvent): void => {
    if (this.#readOnly || !this.#shown) return;
    const text = event.clipboardData?.getData("text/plain");
    if (!text) return;
    if (pasteVerdict(text, () => Y.encodeStateAsUpdate(this.doc).byteLength) !== "refused") return;
    event.preventDefault();
    event.stopPropagation();
    this.#options.callbacks().onLargePaste?.(text.length, "refused");
  };
}

import { filesOf } from "@wove/protocol";
import type { editor, IDisposable, IPosition, IRange, Uri } from "monaco-editor/editor/editor.api";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { addUndoKeybindings } from "./addUndoKeybindings.ts";
import { createEditor, type EditorLook } from "./createEditor.ts";
import { FileModels, type FileChanges } from "./FileModels.ts";
import { KeyHold } from "./KeyHold.ts";
import type { Monaco } from "./loadMonaco.ts";
import type { LargeChangeOutcome } from "./MonacoBinding.ts";
import { pasteVerdict } from "./pasteVerdict.ts";

export type EditorTheme = "light" | "dark";

export interface EditorCallbacks {
  /** The file's text is on screen. */
  onReady?: () => void;
  /**
   * Go to definition (and the like) leads into another file of the project: the IDE opens
   * it (a tab, the address) and the caret goes to `at`. Without this, the editor shows it
   * itself.
   */
  onOpenFile?: (fileId: string, at: { line: number; column: number }) => void;
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
  /**
   * Monaco's editor features (find, folding, suggestions, hovers...) when they had not
   * loaded before this editor was made: asked for once a file is on screen, so they do not
   * delay it, then the file moves into a new editor that has them (see #upgrade).
   */
  loadFeatures?: () => Promise<Monaco>;
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
  #editor: editor.IStandaloneCodeEditor;
  readonly #files: FileModels;
  readonly #viewStates = new Map<string, editor.ICodeEditorViewState>();
  readonly #disposables: IDisposable[] = [];
  #keybindings: IDisposable;
  readonly #listeners = new Set<() => void>();
  /** The file asked for, which may not exist yet (a deep link before the document loads). */
  #wanted: { fileId: string; path: string } | null = null;
  #shown: string | null = null;
  /** What the editor was told since it was made, for an upgraded editor to start from. */
  #look: EditorLook = { readOnly: false, theme: null, ariaLabel: null };
  /** Set once the features are asked for; resolves when the editor has them (or they failed). */
  #features: Promise<void> | null = null;
  #upgraded = false;
  /** Set once the project-wide parts that need the features are on (see #featuresIn). */
  #featured = false;
  /** Until the features are in: keys that need them, and what follows, wait for them. */
  readonly #keyHold: KeyHold | null;
  #revealed = -1;
  /** Nonces of the reveals this editor makes itself, counting down so they never meet the IDE's. */
  #ownReveals = -1;
  #pendingReveal: { fileId: string; line: number; column: number; nonce: number } | null = null;
  #disposed = false;

  constructor(options: EditorControllerOptions) {
    const { monaco, host, doc, awareness } = options;
    this.#options = options;
    this.doc = doc;
    this.awareness = awareness;
    this.#editor = createEditor(monaco, host, this.#look);
    this.#files = new FileModels({
      monaco,
      doc,
      awareness,
      editor: this.#editor,
      onLargeChange: (chars, outcome) => this.#options.callbacks().onLargePaste?.(chars, outcome),
    });
    this.#keybindings = addUndoKeybindings(monaco);
    // Capture phase: a paste the room would refuse is stopped before Monaco inserts
    // megabytes into the model only to take them out again.
    host.addEventListener("paste", this.#onPaste, { capture: true });
    this.#disposables.push({ dispose: () => host.removeEventListener("paste", this.#onPaste, { capture: true }) });
    filesOf(doc).observeDeep(this.#onFilesChange);
    this.#disposables.push({ dispose: () => filesOf(doc).unobserveDeep(this.#onFilesChange) });
    this.#keyHold = options.loadFeatures ? new KeyHold(host, this.#typeHeld) : null;
    // Monaco asks every opener in turn; this one answers for this editor's files only.
    this.#disposables.push(monaco.editor.registerEditorOpener({ openCodeEditor: this.#openFromEditor }));
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

  /*
   * A disposed controller answers nothing: under StrictMode (`npm run dev`) React runs a
   * component's effects again after their cleanup, with the values of the same render, so
   * an editor disposed by the cleanup can still be asked to show a file before the state
   * that held it is replaced.
   */

  setOptions({ readOnly, theme }: { readOnly: boolean; theme: EditorTheme }): void {
    if (this.#disposed) return;
    this.#look = { ...this.#look, readOnly, theme: theme === "dark" ? "vs-dark" : "vs" };
    this.#editor.updateOptions({ readOnly, theme: this.#look.theme ?? undefined });
  }

  /** Shows a file (keeping the last one's view state); nothing while it does not exist. */
  show(fileId: string, path: string): void {
    if (this.#disposed) return;
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
    this.#look = { ...this.#look, ariaLabel: file?.path ?? path };
    this.#editor.updateOptions({ ariaLabel: this.#look.ariaLabel ?? undefined });
    // Paint now: "ready" promises the text is on screen, not on the next frame.
    this.#editor.render(true);
    this.#setShown(fileId);
    this.#revealPending();
  }

  /** Keeps the models of these files (and the shown one); disposes the others. */
  keepOnly(fileIds: readonly string[]): void {
    if (this.#disposed) return;
    const keep = new Set(fileIds);
    if (this.#wanted) keep.add(this.#wanted.fileId);
    for (const fileId of this.#files.ids()) {
      if (keep.has(fileId) || this.#files.isPinned(fileId)) continue;
      this.#files.close(fileId);
      this.#viewStates.delete(fileId);
    }
  }

  /** Puts the caret at a line and column of a file, once per nonce. */
  reveal(target: { fileId: string; line: number; column: number; nonce: number }): void {
    if (this.#disposed || target.nonce === this.#revealed) return;
    this.#pendingReveal = target;
    this.#revealPending();
  }

  focus(): void {
    if (!this.#disposed) this.#editor.focus();
  }

  /** Runs one of Monaco's actions (find, replace) in the editor, focusing it first. */
  runAction(actionId: string): void {
    if (this.#disposed) return;
    // Find and replace are features: asked for before they are in, they run once they are,
    // and what is typed meanwhile waits for them (it is meant for the find box).
    if (this.#keyHold && !this.#upgraded) {
      this.#editor.focus();
      this.#keyHold.defer(() => this.runAction(actionId));
      this.#loadFeatures();
      return;
    }
    this.#editor.focus();
    void this.#editor.getAction(actionId)?.run();
  }

  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    for (const disposable of this.#disposables) disposable.dispose();
    this.#keybindings.dispose();
    this.#keyHold?.dispose();
    this.#editor.dispose();
    this.#files.dispose();
    this.#listeners.clear();
  }

  #loadFeatures(): void {
    const { loadFeatures } = this.#options;
    if (!loadFeatures) return this.#featuresIn();
    if (this.#features) return;
    this.#features = loadFeatures().then(
      (monaco) => this.#upgrade(monaco),
      (error: unknown) => {
        console.warn("Monaco's editor features did not load: the editor works without them", error);
        this.#upgraded = true;
        // What was held goes to the editor as it is: typing is kept, chords do nothing.
        void this.#keyHold?.release();
      },
    );
  }

  /**
   * Moves what the editor shows into a new editor with Monaco's features: Monaco gives an
   * editor the features registered when it is made, never later ones. The model, its view
   * state (caret, selections, scroll) and focus carry over, all in one task, so no
   * keystroke lands in between and nothing is painted half done. The old editor goes
   * first: both would claim the host's context-key attribute, and the old one's
   * dispose would take it from the new one.
   */
  #upgrade(monaco: Monaco): void {
    this.#upgraded = true;
    if (this.#disposed) return;
    const old = this.#editor;
    const model = old.getModel();
    const state = old.saveViewState();
    const focused = old.hasTextFocus();
    old.dispose();
    // Monaco builds its table of keys once, at the first key press, and does not see the
    // features' keys (Ctrl+F...) registered since; adding rules makes it build it again.
    this.#keybindings.dispose();
    this.#keybindings = addUndoKeybindings(monaco);
    this.#editor = createEditor(monaco, this.#options.host, this.#look);
    this.#files.setEditor(this.#editor);
    this.#editor.setModel(model);
    if (state) this.#editor.restoreViewState(state);
    if (model) this.#editor.render(true);
    if (focused) this.#editor.focus();
    void this.#keyHold?.release();
    this.#featuresIn();
  }

  /**
   * The features are in (or were when this editor was made): the project's other TS/JS
   * files get their models, for definitions, renames and imports across files. After the
   * first file showed, so it never waits for them.
   */
  #featuresIn(): void {
    if (this.#featured || this.#disposed) return;
    this.#featured = true;
    // Said on the host (`data-editor-features`) for tests and benchmarks: what they read
    // from the editor before this may be the first editor's, which this one replaced.
    this.#options.host.dataset.editorFeatures = "true";
    this.#files.openScripts();
  }

  /** Monaco wants to show `resource` (go to definition, a reference): one of this editor's files. */
  #openFromEditor = (source: editor.ICodeEditor, resource: Uri, at: IRange | IPosition | undefined): boolean => {
    // Within the file shown, Monaco moves the caret itself.
    if (source !== this.#editor || resource.toString() === this.#editor.getModel()?.uri.toString()) return false;
    const file = this.#files.byUri(resource);
    if (!file) return false;
    const position =
      at && "startLineNumber" in at
        ? { line: at.startLineNumber, column: at.startColumn }
        : { line: at?.lineNumber ?? 1, column: at?.column ?? 1 };
    const { onOpenFile } = this.#options.callbacks();
    if (onOpenFile) {
      onOpenFile(file.fileId, position);
    } else {
      this.show(file.fileId, file.path);
      this.reveal({ fileId: file.fileId, ...position, nonce: --this.#ownReveals });
    }
    return true;
  };

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
    this.#loadFeatures();
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

  /** Text held while the features loaded, typed now (not for a viewer: it would not be kept). */
  #typeHeld = (text: string): void => {
    if (!this.#look.readOnly && !this.#disposed) this.#editor.trigger("keyboard", "type", { text });
  };

  #onPaste = (event: ClipboardEvent): void => {
    if (this.#look.readOnly || !this.#shown) return;
    const text = event.clipboardData?.getData("text/plain");
    if (!text) return;
    if (pasteVerdict(text, () => Y.encodeStateAsUpdate(this.doc).byteLength) !== "refused") return;
    event.preventDefault();
    event.stopPropagation();
    this.#options.callbacks().onLargePaste?.(text.length, "refused");
  };
}

import { filesOf, listEntries, resolvedPaths, textOf } from "@wove/protocol";
import type { editor, Uri } from "monaco-editor/editor/editor.api";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { languageFor } from "./languageFor.ts";
import type { Monaco } from "./loadMonaco.ts";
import { MonacoBinding, type MonacoBindingOptions } from "./MonacoBinding.ts";

/** An open file: its model (named by its path) and the binding that keeps it in sync. */
export interface OpenFile {
  fileId: string;
  path: string;
  ytext: Y.Text;
  binding: MonacoBinding;
}

export interface FileModelsOptions {
  monaco: Monaco;
  doc: Y.Doc;
  awareness: Awareness;
  editor: editor.IStandaloneCodeEditor;
  onLargeChange: MonacoBindingOptions["onLargeChange"];
}

/** What a change to the document did to the open files. */
export interface FileChanges {
  /** Files gone from the project, or whose text was replaced: their models are disposed. */
  closed: string[];
  /** Files that now live at another path: they have a new model, the binding is the same. */
  moved: string[];
}

/** Languages whose language service reads the project's other files (imports, definitions, renames). */
const SCRIPT_LANGUAGES = new Set(["typescript", "javascript"]);

/** Whether a file at `path` is one the TypeScript worker must see for the others to resolve. */
export function isScriptPath(path: string): boolean {
  return SCRIPT_LANGUAGES.has(languageFor(path));
}

/**
 * The Monaco models of the files open in one editor, one per file, kept until the file
 * is closed or deleted. Once `openScripts` is called, every TS/JS file of the project has
 * one too, open or not, kept in step with the document (created, renamed, deleted with
 * it): Monaco's TypeScript worker only sees models that exist, so go to definition,
 * rename and "add import" reach another file only through its model. Each is bound like
 * an open file (its own undo history), so a rename that edits a file nobody has open
 * writes into the document all the same.
 *
 * A model's URI is the file's path (`file:///src/app.ts`): the TypeScript worker resolves
 * `import "./util"` through URIs, so naming models by file id would break every import.
 * Monaco cannot rename a model, so a rename creates a model at the new URI and moves the
 * file's binding (and with it the Y.Text and its undo history) onto it.
 */
export class FileModels {
  #options: FileModelsOptions;
  readonly #open = new Map<string, OpenFile>();
  #scripts = false;

  constructor(options: FileModelsOptions) {
    this.#options = options;
  }

  /** Moves every open file's binding to another editor (the upgraded one, see EditorController). */
  setEditor(editor: editor.IStandaloneCodeEditor): void {
    this.#options = { ...this.#options, editor };
    for (const file of this.#open.values()) file.binding.setEditor(editor);
  }

  get(fileId: string): OpenFile | undefined {
    return this.#open.get(fileId);
  }

  ids(): string[] {
    return [...this.#open.keys()];
  }

  /** The open file whose model has this URI. */
  byUri(uri: Uri): OpenFile | undefined {
    const wanted = uri.toString();
    for (const file of this.#open.values()) if (file.binding.model.uri.toString() === wanted) return file;
    return undefined;
  }

  /** Whether the file stays open whatever the tabs say (a TS/JS file, once `openScripts` was called). */
  isPinned(fileId: string): boolean {
    const file = this.#open.get(fileId);
    return this.#scripts && file !== undefined && isScriptPath(file.path);
  }

  /**
   * Opens every TS/JS file of the project, now and as they appear (see the class). Called
   * once the editor's features are in, not before its first file shows: a model per file
   * is work the first file need not wait for.
   */
  openScripts(): void {
    this.#scripts = true;
    const paths = resolvedPaths(this.#options.doc);
    for (const { id, kind } of listEntries(this.#options.doc)) {
      const path = paths.get(id);
      if (kind === "text" && path !== undefined && isScriptPath(path)) this.open(id, path);
    }
  }

  /** The file's model, created on first use; undefined if it is not a text file (yet). */
  open(fileId: string, pathHint: string): OpenFile | undefined {
    const existing = this.#open.get(fileId);
    if (existing) return existing;
    const { doc } = this.#options;
    const ytext = textOf(doc, fileId);
    if (!ytext) return undefined;
    const path = resolvedPaths(doc).get(fileId) ?? pathHint;
    const model = this.#createModel(path, ytext.toString());
    const { monaco, awareness, editor, onLargeChange } = this.#options;
    const binding = new MonacoBinding({ monaco, ytext, model, editor, awareness, fileId, onLargeChange });
    const file: OpenFile = { fileId, path, ytext, binding };
    this.#open.set(fileId, file);
    return file;
  }

  close(fileId: string): void {
    const file = this.#open.get(fileId);
    if (!file) return;
    this.#open.delete(fileId);
    const model = file.binding.model;
    file.binding.destroy();
    model.dispose();
  }

  /**
   * Brings the open files in line with the document after a change to its file list:
   * closes deleted files and gives moved files a model at their new path. Callers must
   * take a moved or closed file's model off the editor first (see `FileChanges`).
   */
  reconcile(beforeSwap: (changes: FileChanges) => void): FileChanges {
    const { doc } = this.#options;
    const files = filesOf(doc);
    const paths = resolvedPaths(doc);
    const changes: FileChanges = { closed: [], moved: [] };
    for (const [fileId, file] of this.#open) {
      if (!files.has(fileId) || textOf(doc, fileId) !== file.ytext) changes.closed.push(fileId);
      else if (paths.get(fileId) !== file.path) changes.moved.push(fileId);
    }
    if (changes.closed.length === 0 && changes.moved.length === 0) {
      if (this.#scripts) this.openScripts();
      return changes;
    }
    beforeSwap(changes);
    for (const fileId of changes.closed) this.close(fileId);
    // Two passes: when two files swap paths, each new URI is free only once both old
    // models are gone.
    const moving = changes.moved.flatMap((fileId) => {
      const file = this.#open.get(fileId);
      if (!file) return [];
      const old = file.binding.model;
      file.binding.releaseModel();
      old.dispose();
      return [file];
    });
    for (const file of moving) {
      file.path = paths.get(file.fileId) ?? file.path;
      file.binding.setModel(this.#createModel(file.path, file.ytext.toString()));
    }
    // New scripts, and scripts whose text was replaced (closed above), get their model.
    if (this.#scripts) this.openScripts();
    return changes;
  }

  dispose(): void {
    for (const fileId of [...this.#open.keys()]) this.close(fileId);
  }

  #createModel(path: string, text: string): editor.ITextModel {
    const { monaco, editor } = this.#options;
    // Another editor on the page may hold this path (two editors side by side): its
    // copy goes under a folder of its own, keeping the extension (which tells the
    // TypeScript worker .ts from .js) and the relative imports between its files.
    const shared = monaco.Uri.file(`/${path}`);
    const own = monaco.Uri.file(`/.wove-editor-${editor.getId().replace(/\D/g, "")}/${path}`);
    const uri = monaco.editor.getModel(shared) === null ? shared : own;
    return monaco.editor.createModel(text, languageFor(path), uri);
  }
}

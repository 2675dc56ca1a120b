import type { EditorController, EditorCallbacks } from "../editor/EditorController.ts";
import type { EditorFrame } from "../editor/createEditorFrame.ts";
import type { ProjectDoc } from "../ide/openProjectDoc.ts";
import { Lease, type Held } from "./Lease.ts";

/** The editor boot made, with the frame it stands in until CodeEditor takes both. */
export interface BootEditor {
  controller: EditorController;
  frame: EditorFrame;
  /** Points the controller's callbacks (onReady, onOpenFile...) at whoever shows it now. */
  setCallbacks: (callbacks: () => EditorCallbacks) => void;
}

/**
 * What boot built for a deep-linked file before the app rendered (boot/openEarlyEditor),
 * handed to the app explicitly (renderApp, BootContext). The IDE session takes the
 * document (`takeDoc`) and its CodeEditor the editor (`takeEditor`); each holds a lease, so
 * an effect run twice (StrictMode) takes them again instead of closing them, and what its
 * owner releases for good is disposed. `dispose` closes what is left when the IDE will not
 * come for it (the project did not open).
 */
export interface BootHandle {
  readonly projectDoc: ProjectDoc;
  readonly controller: EditorController;
  /** The IDE session's document, if it is this project's and still open. */
  takeDoc: (projectId: string) => Held<ProjectDoc> | undefined;
  /** The editor, if it is over `doc` and still there. */
  takeEditor: (doc: ProjectDoc["doc"]) => Held<BootEditor> | undefined;
  dispose: () => void;
}

/**
 * A handle over what boot built. `stopShortcuts` stops boot's own keyboard routing: once
 * CodeEditor has the editor, the IDE answers its shortcuts.
 */
export function createBootHandle(projectDoc: ProjectDoc, editor: BootEditor, stopShortcuts: () => void): BootHandle {
  const editorLease = new Lease(editor, ({ controller, frame }) => {
    stopShortcuts();
    controller.dispose();
    frame.frame.remove();
  });
  // An editor over a closed document serves nobody: it goes with it.
  const docLease = new Lease(projectDoc, (opened) => {
    editorLease.dispose();
    opened.close();
  });
  return {
    projectDoc,
    controller: editor.controller,
    takeDoc: (projectId) => (projectId === projectDoc.projectId ? docLease.take() : undefined),
    takeEditor: (doc) => {
      if (doc !== projectDoc.doc) return undefined;
      const held = editorLease.take();
      if (held) stopShortcuts();
      return held;
    },
    dispose: () => docLease.dispose(),
  };
}

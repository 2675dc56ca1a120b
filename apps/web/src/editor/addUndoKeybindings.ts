import type { IDisposable } from "monaco-editor/editor/editor.api";
import type { Monaco } from "./loadMonaco.ts";

/**
 * Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y to `undo`/`redo` (which the binding owns) in the
 * editor: Monaco's defaults already send them there on some platforms; these make all
 * three work everywhere.
 */
export function addUndoKeybindings(monaco: Monaco): IDisposable {
  const { KeyCode, KeyMod } = monaco;
  return monaco.editor.addKeybindingRules([
    { keybinding: KeyMod.CtrlCmd | KeyCode.KeyZ, command: "undo", when: "editorTextFocus" },
    { keybinding: KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, command: "redo", when: "editorTextFocus" },
    { keybinding: KeyMod.CtrlCmd | KeyCode.KeyY, command: "redo", when: "editorTextFocus" },
  ]);
}

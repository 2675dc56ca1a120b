import type { EditorController } from "../editor/EditorController.ts";
import { editorActions } from "../ide/editorActions.ts";
import { isApple, matchesShortcut } from "../ide/shortcut.ts";

/**
 * The IDE's Find and Replace for the editor shown before the IDE listens: pressed outside
 * the editor right after the file shows, Find must still find (what is typed next goes to
 * the find box, not the document). In the editor Monaco's own keybindings do it in place.
 * Returns the function that stops it (idempotent).
 */
export function routeEarlyShortcuts(controller: EditorController, readOnly: boolean): () => void {
  const apple = isApple(navigator.platform);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.target instanceof Element && event.target.closest(".monaco-editor")) return;
    const match = Object.values(editorActions).find(({ shortcut }) => matchesShortcut(event, shortcut, apple));
    if (!match || (match.edits && readOnly)) return;
    event.preventDefault();
    event.stopPropagation();
    controller.runAction(match.action);
  };
  window.addEventListener("keydown", onKeyDown, { capture: true });
  return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
}

import type * as MonacoApi from "monaco-editor/editor/editor.api";
import type { editor } from "monaco-editor/editor/editor.api";

const READ_ONLY_MESSAGE = "You are a viewer: you cannot edit this project";

/** What an editor has been told since it was made (EditorController), for a new one to start from. */
export interface EditorLook {
  readOnly: boolean;
  /** Monaco's theme name, once one was chosen. */
  theme: string | null;
  /** The shown file's path, once one was shown. */
  ariaLabel: string | null;
}

/**
 * A Monaco editor in `host`, as the IDE configures them (the web bench's bare Monaco page
 * too: bench/fixtures/bareMonacoEditor.ts). Typed by the editor API, not loadMonaco, so
 * that page's build and typecheck need none of the IDE's workers.
 */
export function createEditor(
  monaco: typeof MonacoApi,
  host: HTMLElement,
  look: EditorLook,
): editor.IStandaloneCodeEditor {
  return monaco.editor.create(host, {
    model: null,
    automaticLayout: true,
    readOnly: look.readOnly,
    readOnlyMessage: { value: READ_ONLY_MESSAGE },
    // Hovers and suggestions may overflow the editor's pane instead of being clipped.
    fixedOverflowWidgets: true,
    scrollBeyondLastLine: false,
    minimap: { enabled: false },
    tabSize: 2,
    // JSX's colours come as semantic tokens (registerJsxTokens); Monaco's themes leave them off.
    "semanticHighlighting.enabled": true,
    ...(look.theme && { theme: look.theme }),
    ...(look.ariaLabel && { ariaLabel: look.ariaLabel }),
  });
}

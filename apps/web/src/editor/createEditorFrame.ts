/** The elements an editor stands in: `frame` is what the page lays out, `host` what Monaco fills. */
export interface EditorFrame {
  frame: HTMLDivElement;
  host: HTMLDivElement;
}

/**
 * The editor's markup, for the editor shown before the app (boot/openEarlyEditor) and
 * CodeEditor's alike, so the page reads the same to people and tests whichever made it and
 * CodeEditor can take the early one as it is. Not ready until a file's text is shown.
 */
export function createEditorFrame(): EditorFrame {
  const frame = document.createElement("div");
  frame.className = "code-editor";
  markFrameReady(frame, false);
  const host = document.createElement("div");
  host.className = "code-editor__host";
  host.dataset.testid = "code-editor";
  frame.append(host);
  return { frame, host };
}

/** Says on the frame whether a file's text is on screen (`data-editor-ready`, which tests and benchmarks wait for). */
export function markFrameReady(frame: HTMLElement, ready: boolean): void {
  frame.dataset.editorReady = ready ? "true" : "false";
}

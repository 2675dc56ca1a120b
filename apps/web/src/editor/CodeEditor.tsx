import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactElement } from "react";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import "./CodeEditor.css";
import { EditorController, type EditorCallbacks, type EditorTheme } from "./EditorController.ts";
import { saveEditorPlace } from "./editorPlace.ts";
import { hasMonacoFeatures, loadMonaco, loadMonacoFeatures } from "./loadMonaco.ts";
import { takeEarlyEditor } from "./openEarlyEditor.ts";
import type { LargeChangeOutcome } from "./MonacoBinding.ts";

export interface CodeEditorProps {
  doc: Y.Doc;
  fileId: string;
  /** The file's path, used until the document says otherwise (it names the model and language). */
  path: string;
  awareness: Awareness;
  /** Viewers: Monaco is read-only and says why when they try to type. */
  readOnly: boolean;
  theme: EditorTheme;
  /** Moves the caret there (search results); a new nonce moves it again. */
  reveal?: { line: number; column: number; nonce: number };
  /** Called each time a file's text is shown (the first time also marks `wove:editor-ready`). */
  onReady?: () => void;
  /** Go to definition (or a reference) leads into another file: open it with the caret at `at`. */
  onOpenFile?: (fileId: string, at: { line: number; column: number }) => void;
  /**
   * A change over a megabyte went in ("accepted"), or one too big for the room was
   * refused and the text left as it was ("refused").
   */
  onLargePaste?: (chars: number, outcome: LargeChangeOutcome) => void;
  /** Files whose models to keep in memory (the open tabs); default: every file shown so far. */
  openFiles?: readonly string[];
  /** Hands the IDE a way to run Monaco actions (find, replace) from its palette; null when gone. */
  onActions?: (run: ((actionId: string) => void) | null) => void;
}

const subscribeToNothing = () => () => {};

/**
 * The code editor: one Monaco instance over the project's Y.Doc, showing `fileId`.
 * Default export for `React.lazy` (see LazyCodeEditor): Monaco loads with it.
 */
export default function CodeEditor(props: CodeEditorProps): ReactElement {
  const { doc, awareness, fileId, path, readOnly, theme, reveal, openFiles } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<EditorController | null>(null);
  const callbacks = useRef<EditorCallbacks>({});
  useEffect(() => {
    callbacks.current = { onReady: props.onReady, onLargePaste: props.onLargePaste, onOpenFile: props.onOpenFile };
  });
  const { onActions } = props;

  // A layout effect: the editor shown before the app (openEarlyEditor) moves in before the
  // browser paints, so there is never a frame with two editors or none.
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    let created: EditorController | null = null;
    let cancelled = false;
    const early = takeEarlyEditor(doc);
    if (early) {
      // Moving a focused element blurs it: someone already typing keeps typing, in what had
      // focus (the text, or the find box opened before the IDE came).
      const focused = early.host.contains(document.activeElement) ? document.activeElement : null;
      host.append(early.host);
      early.frame.remove();
      if (focused instanceof HTMLElement) focused.focus();
      else if (focused) early.controller.focus();
      early.callbacks.current = () => callbacks.current;
      // The editor exists already (made outside React); this render is what shows it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setController(early.controller);
      return () => {
        early.controller.dispose();
        early.host.remove();
      };
    }
    // Already loaded: LazyCodeEditor resolves this module only once Monaco has, and shows
    // the load failure itself when it does not.
    void loadMonaco().then((monaco) => {
      if (cancelled) return;
      created = new EditorController({
        monaco,
        host,
        doc,
        awareness,
        callbacks: () => callbacks.current,
        loadFeatures: hasMonacoFeatures() ? undefined : loadMonacoFeatures,
      });
      setController(created);
    });
    return () => {
      cancelled = true;
      created?.dispose();
    };
  }, [doc, awareness]);

  // Where the editor stands, for the one shown before the app next time (openEarlyEditor).
  const frameRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const observer = new ResizeObserver(() => saveEditorPlace(frame));
    observer.observe(frame);
    return () => observer.disconnect();
  }, []);

  // A controller left from another document or awareness (already disposed) is no controller.
  const live = controller && controller.doc === doc && controller.awareness === awareness ? controller : null;

  // Options first: no model is shown before the editor is read-only for a viewer.
  useEffect(() => live?.setOptions({ readOnly, theme }), [live, readOnly, theme]);
  useEffect(() => live?.show(fileId, path), [live, fileId, path]);
  useEffect(() => {
    if (live && openFiles) live.keepOnly(openFiles);
  }, [live, openFiles]);
  useEffect(() => {
    if (live && reveal) live.reveal({ fileId, ...reveal });
  }, [live, fileId, reveal]);
  useEffect(() => {
    if (!live || !onActions) return;
    onActions((actionId) => live.runAction(actionId));
    return () => onActions(null);
  }, [live, onActions]);

  const shown = useSyncExternalStore(live?.subscribe ?? subscribeToNothing, () => live?.getShownFile() ?? null);
  const ready = shown !== null && shown === fileId;

  return (
    <div className="code-editor" data-editor-ready={ready ? "true" : "false"} ref={frameRef}>
      <div className="code-editor__host" data-testid="code-editor" ref={hostRef} />
      {live ? null : (
        <p className="code-editor__status" role="status">
          Loading the editor…
        </p>
      )}
    </div>
  );
}

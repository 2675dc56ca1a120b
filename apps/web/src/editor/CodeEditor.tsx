import { use, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactElement } from "react";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { BootContext } from "../boot/BootContext.ts";
import "./CodeEditor.css";
import { createEditorFrame, markFrameReady } from "./createEditorFrame.ts";
import { EditorController, type EditorCallbacks, type EditorTheme } from "./EditorController.ts";
import { saveEditorPlace } from "./editorPlace.ts";
import { hasMonacoFeatures, loadMonaco, loadMonacoFeatures } from "./loadMonaco.ts";
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

/** The editor on screen: its controller and the frame it stands in (createEditorFrame). */
interface ShownEditor {
  controller: EditorController;
  frame: HTMLElement;
}

/**
 * The code editor: one Monaco instance over the project's Y.Doc, showing `fileId`: the one
 * boot made for a deep-linked file when it is over this document (BootContext), else its
 * own. Default export for `React.lazy` (see LazyCodeEditor): Monaco loads with it.
 */
export default function CodeEditor(props: CodeEditorProps): ReactElement {
  const { doc, awareness, fileId, path, readOnly, theme, reveal, openFiles } = props;
  const boot = use(BootContext);
  const slotRef = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<ShownEditor | null>(null);
  const callbacks = useRef<EditorCallbacks>({});
  useEffect(() => {
    callbacks.current = { onReady: props.onReady, onLargePaste: props.onLargePaste, onOpenFile: props.onOpenFile };
  });
  const { onActions } = props;

  // A layout effect: the editor shown before the app (boot/openEarlyEditor) moves in before
  // the browser paints, so there is never a frame with two editors or none.
  useLayoutEffect(() => {
    const slot = slotRef.current;
    if (!slot) return;
    const held = boot?.takeEditor(doc);
    if (held) {
      const { controller, frame, setCallbacks } = held.value;
      // Moving a focused element blurs it: someone already typing keeps typing, in what had
      // focus (the text, or the find box opened before the IDE came).
      const focused = frame.frame.contains(document.activeElement) ? document.activeElement : null;
      frame.frame.classList.remove("code-editor--early");
      frame.frame.removeAttribute("style");
      slot.append(frame.frame);
      if (focused instanceof HTMLElement) focused.focus();
      else if (focused) controller.focus();
      setCallbacks(() => callbacks.current);
      // The editor exists already (made outside React); this render is what shows it.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setEditor({ controller, frame: frame.frame });
      // Back to the lease, which disposes it (and its frame) unless this effect runs again at once.
      return held.release;
    }
    const frame = createEditorFrame();
    slot.append(frame.frame);
    let created: EditorController | null = null;
    let cancelled = false;
    // Already loaded: LazyCodeEditor resolves this module only once Monaco has, and shows
    // the load failure itself when it does not.
    void loadMonaco().then((monaco) => {
      if (cancelled) return;
      created = new EditorController({
        monaco,
        host: frame.host,
        doc,
        awareness,
        callbacks: () => callbacks.current,
        loadFeatures: hasMonacoFeatures() ? undefined : loadMonacoFeatures,
      });
      setEditor({ controller: created, frame: frame.frame });
    });
    return () => {
      cancelled = true;
      const disposed = created;
      disposed?.dispose();
      frame.frame.remove();
      // StrictMode's second run makes another; until it shows, this one is no editor.
      if (disposed) setEditor((shown) => (shown?.controller === disposed ? null : shown));
    };
  }, [doc, awareness, boot]);

  // Where the editor stands, for the one shown before the app next time (boot/openEarlyEditor).
  const paneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const pane = paneRef.current;
    if (!pane) return;
    const observer = new ResizeObserver(() => saveEditorPlace(pane));
    observer.observe(pane);
    return () => observer.disconnect();
  }, []);

  // An editor left from another document or awareness (already disposed) is no editor.
  const live = editor && editor.controller.doc === doc && editor.controller.awareness === awareness ? editor : null;
  const controller = live?.controller ?? null;

  // Options first: no model is shown before the editor is read-only for a viewer.
  useEffect(() => controller?.setOptions({ readOnly, theme }), [controller, readOnly, theme]);
  useEffect(() => controller?.show(fileId, path), [controller, fileId, path]);
  useEffect(() => {
    if (controller && openFiles) controller.keepOnly(openFiles);
  }, [controller, openFiles]);
  useEffect(() => {
    if (controller && reveal) controller.reveal({ fileId, ...reveal });
  }, [controller, fileId, reveal]);
  useEffect(() => {
    if (!controller || !onActions) return;
    onActions((actionId) => controller.runAction(actionId));
    return () => onActions(null);
  }, [controller, onActions]);

  const shown = useSyncExternalStore(
    controller?.subscribe ?? subscribeToNothing,
    () => controller?.getShownFile() ?? null,
  );
  const ready = shown !== null && shown === fileId;
  // The frame is built outside React (createEditorFrame), so its state is set here.
  useLayoutEffect(() => {
    if (live) markFrameReady(live.frame, ready);
  }, [live, ready]);

  return (
    <div className="code-editor-pane" ref={paneRef}>
      <div className="code-editor-pane__slot" ref={slotRef} />
      {live ? null : (
        <p className="code-editor__status" role="status">
          Loading the editor…
        </p>
      )}
    </div>
  );
}

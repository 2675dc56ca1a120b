import { findFile, listEntries } from "@wove/protocol";
import type { Project, ProjectRole } from "../api/Project.ts";
import { openEarlyProjectDoc, type ProjectDoc } from "../ide/openProjectDoc.ts";
import { editorActions } from "../ide/editorActions.ts";
import { isApple, matchesShortcut } from "../ide/shortcut.ts";
import { peekProject } from "../project/fetchProject.ts";
import { readThemeHint } from "../ui/themeHint.ts";
import "./CodeEditor.css";
import { placeEarlyEditor } from "./editorPlace.ts";
import { EditorController, type EditorCallbacks } from "./EditorController.ts";
import { loadMonaco, loadMonacoFeatures } from "./loadMonaco.ts";

/** An editor made before the app rendered, waiting for CodeEditor to take it. */
export interface EarlyEditor {
  controller: EditorController;
  /** The element Monaco fills: CodeEditor moves it into its own host. */
  host: HTMLElement;
  /** Where the editor stands until then, over the loading screen. */
  frame: HTMLElement;
  /** The callbacks the controller calls; CodeEditor points them at its props. */
  callbacks: { current: () => EditorCallbacks };
  /** Stops answering the IDE's shortcuts: the IDE does from now on. */
  release: () => void;
}

/** How long to wait for a deep-linked file missing from this device's copy to come from the room. */
const ROOM_WAIT_MS = 5_000;

let early: EarlyEditor | undefined;
/** Set once the app's editor has rendered: an early editor made after that would be a second one. */
let tooLate = false;

/**
 * Shows a deep-linked file (`/p/<id>/<path>`) before the app (React, the router, the IDE
 * around the editor) has even loaded: the project's answer (prefetched at boot), its
 * document and Monaco are all this needs, and on a slow CPU the app's own start is a
 * second's work the person would otherwise wait through before seeing their file (offline:
 * the project as this device has it, as the IDE itself then opens it). The
 * editor is the IDE's own (EditorController over the document the IDE's session then
 * takes), read-only unless the project says the person may edit, and CodeEditor adopts it
 * when it renders. Resolves when the file is on screen, or when this cannot be done
 * (no prefetched answer, the file is not in the project, the app got there first); never
 * rejects: the app opens the file its usual way then.
 */
export async function openEarlyEditor(projectId: string, path: string): Promise<void> {
  try {
    const prefetched = peekProject(projectId);
    // As the IDE loads it (loadProject): the server's answer, or this device's copy when the
    // server cannot be reached; any other answer (403, 404) opens nothing early.
    const project = prefetched
      ? prefetched.catch((err: unknown) => loadLocally(projectId, () => Promise.reject(err)))
      : navigator.onLine
        ? undefined
        : loadLocally(projectId);
    if (!project) return;
    const monaco = loadMonaco();
    // Only a project the server answered for (the person may open it), or offline one this
    // device has from it, is opened early.
    const { role } = await project;
    const opened = await openEarlyProjectDoc(projectId);
    const fileId = await findTextFile(opened, path);
    if (!fileId || tooLate) return;
    const loaded = await monaco;
    if (tooLate) return;
    early = showEarly(loaded, opened, fileId, path, role);
  } catch {
    // Whatever failed, the app meets it again and reports it in place.
  }
}

/**
 * The early editor over `doc`, for CodeEditor to adopt, once; afterwards (or when there is
 * none) undefined, and no early editor is made any more.
 */
export function takeEarlyEditor(doc: ProjectDoc["doc"]): EarlyEditor | undefined {
  tooLate = true;
  const taken = early;
  early = undefined;
  taken?.release();
  if (taken && taken.controller.doc !== doc) {
    // Another document (the session opened its own): this editor has nobody to serve.
    taken.controller.dispose();
    taken.frame.remove();
    return undefined;
  }
  return taken;
}

function showEarly(
  monaco: Awaited<ReturnType<typeof loadMonaco>>,
  opened: ProjectDoc,
  fileId: string,
  path: string,
  role: ProjectRole | null,
): EarlyEditor | undefined {
  // The same elements CodeEditor renders, so the page reads the same to people and tests.
  const frame = document.createElement("div");
  frame.className = "code-editor code-editor--early";
  frame.dataset.editorReady = "false";
  const testHost = document.createElement("div");
  testHost.className = "code-editor__host";
  testHost.dataset.testid = "code-editor";
  const host = document.createElement("div");
  host.className = "code-editor__host";
  testHost.append(host);
  frame.append(testHost);
  placeEarlyEditor(frame);
  document.body.append(frame);

  const callbacks = { current: (): EditorCallbacks => ({}) };
  const controller = new EditorController({
    monaco,
    host,
    doc: opened.doc,
    awareness: opened.client.awareness,
    callbacks: () => callbacks.current(),
    loadFeatures: loadMonacoFeatures,
  });
  const readOnly = role === null || role === "viewer";
  controller.setOptions({ readOnly, theme: readThemeHint() });
  controller.show(fileId, path);
  if (controller.shownFile !== fileId) {
    controller.dispose();
    frame.remove();
    return undefined;
  }
  frame.dataset.editorReady = "true";

  const apple = isApple(navigator.platform);
  const onKeyDown = (event: KeyboardEvent) => {
    // In the editor, Monaco's own keybindings do it in place.
    if (event.target instanceof Element && event.target.closest(".monaco-editor")) return;
    // The IDE's Find and Replace: pressed outside the editor right after the file shows, Find
    // must still find (what is typed next goes to the find box, not the document).
    const match = Object.values(editorActions).find(({ shortcut }) => matchesShortcut(event, shortcut, apple));
    if (!match || (match.edits && readOnly)) return;
    event.preventDefault();
    event.stopPropagation();
    controller.runAction(match.action);
  };
  window.addEventListener("keydown", onKeyDown, { capture: true });
  const release = () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  return { controller, host, frame, callbacks, release };
}

/**
 * The project as the IDE then loads it (loadProject) when the server's answer did not come:
 * this device's copy if the server cannot be reached, else the error. Dexie comes with it,
 * so only on this path.
 */
async function loadLocally(projectId: string, get?: (id: string) => Promise<Project>): Promise<Project> {
  const { loadProject } = await import("../local/loadProject.ts");
  return (await loadProject(projectId, undefined, get)).project;
}

/** The id of the text file at `path`, waiting for the room when this device does not have it yet. */
async function findTextFile({ doc, client }: ProjectDoc, path: string): Promise<string | undefined> {
  const find = () => {
    const id = findFile(doc, path);
    return id && listEntries(doc).some((entry) => entry.id === id && entry.kind === "text") ? id : undefined;
  };
  const found = find();
  // Offline the room cannot bring it: the app says the file is missing, without waiting.
  if (found || client.status === "synced" || !navigator.onLine) return found;
  return new Promise((resolve) => {
    const done = () => {
      unsubscribe();
      clearTimeout(timer);
      resolve(find());
    };
    const unsubscribe = client.on("status", (status) => {
      if (status === "synced") done();
    });
    const timer = setTimeout(done, ROOM_WAIT_MS);
  });
}

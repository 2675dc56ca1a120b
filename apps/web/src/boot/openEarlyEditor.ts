import { findFile, listEntries } from "@wove/protocol";
import type { Project } from "../api/Project.ts";
import "../editor/CodeEditor.css";
import { createEditorFrame, markFrameReady } from "../editor/createEditorFrame.ts";
import { EditorController, type EditorCallbacks } from "../editor/EditorController.ts";
import { placeEarlyEditor } from "../editor/editorPlace.ts";
import { loadMonaco, loadMonacoFeatures } from "../editor/loadMonaco.ts";
import { openProjectDoc, type ProjectDoc } from "../ide/openProjectDoc.ts";
import { peekProject } from "../project/fetchProject.ts";
import { readThemeHint } from "../ui/themeHint.ts";
import { createBootHandle, type BootHandle } from "./BootHandle.ts";
import { routeEarlyShortcuts } from "./routeEarlyShortcuts.ts";

/** How long to wait for a deep-linked file missing from this device's copy to come from the room. */
const ROOM_WAIT_MS = 5_000;

/**
 * Shows a deep-linked file (`/p/<id>/<path>`) before the app (React, the router, the IDE
 * around the editor) has even loaded: the project's answer (prefetched at boot), its
 * document and Monaco are all this needs, and on a slow CPU the app's own start is a
 * second's work the person would otherwise wait through before seeing their file (offline:
 * the project as this device has it, as the IDE itself then opens it). The editor is the
 * IDE's own (EditorController, in createEditorFrame's markup) over the document the IDE's
 * session then takes, read-only unless the project says the person may edit (`can.edit`),
 * and CodeEditor takes it when it renders. Answers the handle over both once the file is on
 * screen, or undefined when this cannot be done (no prefetched answer, the file is not in
 * the project, `signal` aborted: the app renders without it); never rejects: the app opens
 * the file its usual way then.
 */
export async function openEarlyEditor(
  projectId: string,
  path: string,
  signal: AbortSignal,
): Promise<BootHandle | undefined> {
  let opened: ProjectDoc | undefined;
  try {
    const prefetched = peekProject(projectId);
    // As the IDE loads it (loadProject): the server's answer, or this device's copy when the
    // server cannot be reached; any other answer (403, 404) opens nothing early.
    const project = prefetched
      ? prefetched.catch((err: unknown) => loadLocally(projectId, () => Promise.reject(err)))
      : navigator.onLine
        ? undefined
        : loadLocally(projectId);
    if (!project) return undefined;
    const monaco = loadMonaco();
    // Only a project the server answered for (the person may open it), or offline one this
    // device has from it, is opened early.
    const { can } = await project;
    if (signal.aborted) return undefined;
    opened = await openProjectDoc(projectId);
    const fileId = await findTextFile(opened, path);
    const loaded = await monaco;
    const handle = fileId && !signal.aborted ? showEarly(loaded, opened, fileId, path, !can.edit) : undefined;
    if (!handle) opened.close();
    return handle;
  } catch {
    // Whatever failed, the app meets it again and reports it in place.
    opened?.close();
    return undefined;
  }
}

function showEarly(
  monaco: Awaited<ReturnType<typeof loadMonaco>>,
  opened: ProjectDoc,
  fileId: string,
  path: string,
  readOnly: boolean,
): BootHandle | undefined {
  const frame = createEditorFrame();
  frame.frame.classList.add("code-editor--early");
  placeEarlyEditor(frame.frame);
  document.body.append(frame.frame);

  let callbacks = (): EditorCallbacks => ({});
  const controller = new EditorController({
    monaco,
    host: frame.host,
    doc: opened.doc,
    awareness: opened.client.awareness,
    callbacks: () => callbacks(),
    loadFeatures: loadMonacoFeatures,
  });
  controller.setOptions({ readOnly, theme: readThemeHint() });
  controller.show(fileId, path);
  if (controller.shownFile !== fileId) {
    controller.dispose();
    frame.frame.remove();
    return undefined;
  }
  markFrameReady(frame.frame, true);
  const stopShortcuts = routeEarlyShortcuts(controller, readOnly);
  const setCallbacks = (next: () => EditorCallbacks) => (callbacks = next);
  return createBootHandle(opened, { controller, frame, setCallbacks }, stopShortcuts);
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

import { prefetchRoomToken } from "../ide/fetchRoomToken.ts";
import { ideLinkedPath } from "../ideLinkedPath.ts";
import { ideProjectId } from "../ideProjectId.ts";
import { prefetchProject } from "../project/fetchProject.ts";
import type { BootHandle } from "./BootHandle.ts";

/**
 * How long the app waits for a deep-linked file to show before rendering anyway: on a
 * first visit over a slow network Monaco's megabytes may take longer, and the IDE around
 * the editor (with its "Loading the editor…") is better than the boot screen by then.
 */
const EARLY_EDITOR_WAIT_MS = 3_000;

/**
 * Opening an IDE URL, starts what the IDE will need at once instead of each piece waiting
 * for the one before it (route, editor component, Monaco's loader, Monaco; the project and
 * room token after the IDE's first render; the settings after the project): a waterfall
 * of round trips and parses that made editor-ready seconds slower on a throttled CPU.
 *
 * A deep link to a file goes further: the file is shown first (openEarlyEditor), and the
 * returned promise resolves when it is, with the handle over its document and editor for
 * the app to take (BootContext), or undefined when it cannot be (or took too long: then
 * none is made later), so the caller renders the app after it. On a slow CPU the main
 * thread is the bottleneck: the app's own start (React, the router, Dexie, the IDE's
 * panes) is a second of work that would otherwise come first. Elsewhere it resolves at
 * once. Failures are left to the app's later calls to report.
 */
export async function bootIde(pathname: string): Promise<BootHandle | undefined> {
  const projectId = ideProjectId(pathname);
  if (projectId === undefined) return undefined;
  if (navigator.onLine) {
    prefetchProject(projectId);
    prefetchRoomToken(projectId);
  }
  const linkedPath = ideLinkedPath(pathname);
  if (linkedPath !== undefined) {
    // Monaco's megabytes first, before the early editor's own chunk has arrived and run.
    warmMonaco();
    const tooLate = new AbortController();
    const shown = import("./openEarlyEditor.ts").then(({ openEarlyEditor }) =>
      openEarlyEditor(projectId, linkedPath, tooLate.signal),
    );
    const waited = new Promise<undefined>((resolve) => setTimeout(resolve, EARLY_EDITOR_WAIT_MS));
    const handle = await Promise.race([shown, waited]).catch(() => undefined);
    // The app renders now, with this handle or without one: an editor made after would be a second one.
    tooLate.abort();
    shown.then(
      (late) => late !== handle && late?.dispose(),
      () => {},
    );
    warmApp();
    return handle;
  }
  warmApp();
  return undefined;
}

/**
 * The IDE's route and editor chunks and the saved settings, asked for beside the app's
 * own start; the same imports the router, the IDE and the editor make later, so nothing
 * loads twice.
 */
function warmApp(): void {
  const ignore = () => {};
  import("../ide/IdePage.tsx").catch(ignore);
  import("../local/useSetting.ts").then(({ preloadSettings }) => preloadSettings()).catch(ignore);
  import("../editor/CodeEditor.tsx").catch(ignore);
  warmMonaco();
}

/**
 * Monaco's core itself too, not only its loader: otherwise its megabytes are asked for only
 * once the loader has arrived and run. Its workers are made on first use, after loadMonaco
 * has set MonacoEnvironment, so the order is free. Its editor features (`monaco.ts`) are
 * not: they load once a file is on screen (EditorController). Later calls are free.
 */
function warmMonaco(): void {
  const ignore = () => {};
  import("../editor/loadMonaco.ts").then(({ loadMonaco }) => loadMonaco()).catch(ignore);
  import("../editor/monacoCore.ts").catch(ignore);
}

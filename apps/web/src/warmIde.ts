import { prefetchRoomToken } from "./ide/fetchRoomToken.ts";
import { ideProjectId } from "./ideProjectId.ts";
import { prefetchProject } from "./project/fetchProject.ts";

/**
 * Opening an IDE URL, starts fetching the IDE route, the editor, Monaco, the project, the
 * room token and the saved settings at once, side by side with the shell's first render.
 * Otherwise each waits for the one before it (route, then editor component, then Monaco's
 * loader, then Monaco; the project and the token after the IDE's first render, which
 * comes after Monaco has run; the settings after the IDE has the project): a waterfall
 * of round trips and parses that made editor-ready seconds slower on a throttled CPU. The
 * imports and requests are the ones the router, the IDE and the editor make later, so
 * nothing is loaded twice; failures are left to those later calls to report (they retry).
 */
export function warmIde(pathname: string): void {
  const projectId = ideProjectId(pathname);
  if (projectId === undefined) return;
  if (navigator.onLine) {
    prefetchProject(projectId);
    prefetchRoomToken(projectId);
  }
  const ignore = () => {};
  import("./ide/IdePage.tsx").catch(ignore);
  import("./local/useSetting.ts").then(({ preloadSettings }) => preloadSettings()).catch(ignore);
  import("./editor/CodeEditor.tsx").catch(ignore);
  import("./editor/loadMonaco.ts").then(({ loadMonaco }) => loadMonaco()).catch(ignore);
  // Monaco itself too, not only its loader: otherwise its megabytes are asked for only once
  // the loader has arrived and run, a round trip and a busy main thread later. Its workers
  // are made on first use, after loadMonaco has set MonacoEnvironment, so the order is free.
  import("./editor/monaco.ts").catch(ignore);
}

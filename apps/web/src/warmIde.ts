import { prefetchRoomToken } from "./ide/fetchRoomToken.ts";
import { ideProjectId } from "./ideProjectId.ts";

/**
 * Opening an IDE URL, starts fetching the IDE route, the editor, Monaco and the room token
 * at once, side by side with the shell's first render. Otherwise each waits for the one
 * before it (route, then editor component, then Monaco's loader, then Monaco; the token
 * after the project and the session): a waterfall of round trips and parses that made
 * editor-ready seconds slower on a throttled CPU. The imports are the same modules the
 * router and the editor import later, so nothing is loaded twice; failures are left to
 * those later imports to report (they retry).
 */
export function warmIde(pathname: string): void {
  const projectId = ideProjectId(pathname);
  if (projectId === undefined) return;
  if (navigator.onLine) prefetchRoomToken(projectId);
  const ignore = () => {};
  import("./ide/IdePage.tsx").catch(ignore);
  import("./editor/CodeEditor.tsx").catch(ignore);
  import("./editor/loadMonaco.ts").then(({ loadMonaco }) => loadMonaco()).catch(ignore);
  // Monaco itself too, not only its loader: otherwise its megabytes are asked for only once
  // the loader has arrived and run, a round trip and a busy main thread later. Its workers
  // are made on first use, after loadMonaco has set MonacoEnvironment, so the order is free.
  import("./editor/monaco.ts").catch(ignore);
}

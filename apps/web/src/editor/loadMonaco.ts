import type * as MonacoApi from "monaco-editor/editor/editor.api";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import CssWorker from "monaco-editor/language/css/css.worker?worker";
import HtmlWorker from "monaco-editor/language/html/html.worker?worker";
import JsonWorker from "monaco-editor/language/json/json.worker?worker";
import TsWorker from "monaco-editor/language/typescript/ts.worker?worker";

/** Monaco's editor API, as `loadMonaco` answers it. */
export type Monaco = typeof MonacoApi;

/**
 * The worker for a Monaco label. Vite's `?worker` imports bundle each worker into our
 * own assets (so the service worker can precache them and nothing comes from a CDN).
 */
function createWorker(label: string): Worker {
  switch (label) {
    case "typescript":
    case "javascript":
      return new TsWorker();
    case "json":
      return new JsonWorker();
    case "css":
    case "scss":
    case "less":
      return new CssWorker();
    case "html":
    case "handlebars":
    case "razor":
      return new HtmlWorker();
    default:
      return new EditorWorker();
  }
}

// Monaco is one global editor environment, so it is loaded once per page.
let loading: Promise<Monaco> | undefined;

/**
 * Loads Monaco (a few megabytes) on first use. Import this module itself lazily from
 * the shell: only its worker URLs are static.
 */
export function loadMonaco(): Promise<Monaco> {
  loading ??= (async () => {
    globalThis.MonacoEnvironment = { getWorker: (_workerId, label) => createWorker(label) };
    const { monaco } = await import("./monaco.ts");
    return monaco;
  })().catch((error: unknown) => {
    // A failed chunk load (offline before the first visit finished) may succeed later.
    loading = undefined;
    throw error;
  });
  return loading;
}

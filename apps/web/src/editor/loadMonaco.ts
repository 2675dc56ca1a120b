import type * as MonacoApi from "monaco-editor/editor/editor.api";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";
import CssWorker from "monaco-editor/language/css/css.worker?worker";
import HtmlWorker from "monaco-editor/language/html/html.worker?worker";
import JsonWorker from "monaco-editor/language/json/json.worker?worker";
// Monaco's TypeScript worker with JSX classifications (see typescript.worker.ts).
import TsWorker from "./typescript.worker.ts?worker";

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
let loadingFeatures: Promise<Monaco> | undefined;
let featuresLoaded = false;

/**
 * Loads the core of Monaco (a few megabytes: the editor API, grammars, language services;
 * see monacoCore.ts) on first use. Import this module itself lazily from the shell: only
 * its worker URLs are static.
 */
export function loadMonaco(): Promise<Monaco> {
  loading ??= retryable(
    (async () => {
      globalThis.MonacoEnvironment = { getWorker: (_workerId, label) => createWorker(label) };
      const { monaco } = await import("./monacoCore.ts");
      return monaco;
    })(),
    () => (loading = undefined),
  );
  return loading;
}

/**
 * Loads the rest of Monaco, its editor features (find, folding, suggestions, hovers...):
 * editors made from then on have them. Asked for once a file is on screen, so they do not
 * delay it.
 */
export function loadMonacoFeatures(): Promise<Monaco> {
  loadingFeatures ??= retryable(
    loadMonaco().then(async () => {
      const { monaco } = await import("./monaco.ts");
      featuresLoaded = true;
      return monaco;
    }),
    () => (loadingFeatures = undefined),
  );
  return loadingFeatures;
}

/** Whether an editor made now has Monaco's features (loadMonacoFeatures has finished). */
export function hasMonacoFeatures(): boolean {
  return featuresLoaded;
}

// A failed chunk load (offline before the first visit finished) may succeed later.
function retryable(loading: Promise<Monaco>, forget: () => void): Promise<Monaco> {
  return loading.catch((error: unknown) => {
    forget();
    throw error;
  });
}

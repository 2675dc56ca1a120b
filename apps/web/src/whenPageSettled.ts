import { ideProjectId } from "./ideProjectId.ts";

/** The mark the editor sets the first time a file's text is on screen (EditorController). */
const EDITOR_READY = "wove:editor-ready";
/** An IDE that never shows a file (a project not found, no file open) still settles. */
const IDE_FALLBACK_MS = 10_000;

/**
 * Resolves once the page has what it was opened for: on an IDE URL the editor showing a
 * file (or, failing that, after a while), elsewhere the load event. Work that would compete
 * with the first load, such as the service worker precaching Monaco's megabytes, waits for it.
 */
export function whenPageSettled(): Promise<void> {
  if (ideProjectId(location.pathname) === undefined) {
    return document.readyState === "complete"
      ? Promise.resolve()
      : new Promise((resolve) => addEventListener("load", () => resolve(), { once: true }));
  }
  return new Promise((resolve) => {
    if (performance.getEntriesByName(EDITOR_READY, "mark").length > 0) return resolve();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(EDITOR_READY).length > 0) done();
    });
    observer.observe({ type: "mark" });
    const timer = setTimeout(done, IDE_FALLBACK_MS);
  });
}

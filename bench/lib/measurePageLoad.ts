import type { BrowserContext, Page } from "playwright-core";
import { editorText } from "../../e2e/lib/ideDriver.ts";

/** The mark both the IDE and the reference page set when a file's text is on screen. */
export const EDITOR_READY_MARK = "wove:editor-ready";

export interface LoadSample {
  /** first-contentful-paint, from navigation start: the shell painted. */
  fcpMs: number;
  /** `wove:editor-ready`, from navigation start: the file's text is on screen. */
  readyMs: number;
  /** Other marks the page set (`bench:idb-synced`), from navigation start. */
  marks: Record<string, number>;
  /** Whether a service worker controlled the page. */
  controlled: boolean;
  /** Same-origin resources whose fetch started before editor-ready: when (from navigation start), and bytes transferred (0: from a cache). */
  resources: Array<{ path: string; startMs: number; transferBytes: number }>;
}

export interface LoadOptions {
  /** Chromium's CPU throttling rate: 4 runs the page's main thread 4 times slower. */
  cpuSlowdown: number;
  /** Lines (trimmed) the editor must show once ready, or the load does not count. */
  expectLines: readonly string[];
  timeoutMs?: number;
}

/**
 * Opens `url` in a new tab of `context` with the CPU throttled (DevTools' CPU throttling,
 * applied before navigating) and waits until the editor says it shows a file
 * (`data-editor-ready`); answers the page's own timings and checks the text on screen.
 */
export async function measurePageLoad(context: BrowserContext, url: string, options: LoadOptions): Promise<LoadSample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: options.cpuSlowdown });
    await page.goto(url, { waitUntil: "commit", timeout: options.timeoutMs ?? 60_000 });
    // Polled every 50 ms, not every frame, to take as little as possible from the throttled page.
    const outcome = await page.waitForFunction(
      () => (document.querySelector('[data-editor-ready="true"]') ? "ready" : (document.body?.dataset.error ?? false)),
      undefined,
      { polling: 50, timeout: options.timeoutMs ?? 60_000 },
    );
    const state = await outcome.jsonValue();
    if (state !== "ready") throw new Error(`${url} failed: ${state}`);
    const sample = await readTimings(page);
    if (!Number.isFinite(sample.readyMs))
      throw new Error(`${url} showed the editor without marking ${EDITOR_READY_MARK}`);
    if (!Number.isFinite(sample.fcpMs)) throw new Error(`${url} has no first-contentful-paint entry`);
    await assertShows(page, options.expectLines);
    return sample;
  } finally {
    await page.close();
  }
}

function readTimings(page: Page): Promise<LoadSample> {
  return page.evaluate((readyMark) => {
    const ready = performance.getEntriesByName(readyMark, "mark")[0]?.startTime ?? Number.NaN;
    const marks: Record<string, number> = {};
    for (const mark of performance.getEntriesByType("mark")) marks[mark.name] = mark.startTime;
    const resources = (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((entry) => entry.startTime <= ready && new URL(entry.name).origin === location.origin)
      .map((entry) => ({
        path: new URL(entry.name).pathname,
        startMs: entry.startTime,
        transferBytes: entry.transferSize,
      }));
    return {
      fcpMs: performance.getEntriesByName("first-contentful-paint", "paint")[0]?.startTime ?? Number.NaN,
      readyMs: ready,
      marks,
      controlled: navigator.serviceWorker?.controller != null,
      resources,
    };
  }, EDITOR_READY_MARK);
}

async function assertShows(page: Page, lines: readonly string[]): Promise<void> {
  const shown = await editorText(page);
  const missing = lines.map((line) => line.trim()).find((line) => line && !shown.includes(line));
  if (missing !== undefined) throw new Error(`the editor at ${page.url()} does not show "${missing}"`);
}

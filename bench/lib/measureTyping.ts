import type { Page } from "playwright-core";
import { editorText } from "../../e2e/lib/ideDriver.ts";
import { readReactRenders, type ReactRenders } from "./countReactRenders.ts";

export interface TypingSample {
  /** The page's script time (its main thread's, from DevTools' Performance domain) per key. */
  scriptMsPerKey: number;
  /** What React rendered while typing (null: no React on the page). */
  renders: ReactRenders | null;
}

/** After the last key: long enough for debounced work (a probe, a preview build's schedule) to run. */
const SETTLE_MS = 1_500;

/**
 * Types `keys` one at a time, `delayMs` apart, at the end of a line of the editor of a
 * page that shows one (the `line`th line element Monaco rendered), and answers the
 * script time the page spent from the first key until it settled, per key. Checks the
 * typed text is on screen, or the sample does not count.
 */
export async function measureTyping(
  page: Page,
  keys: string,
  options: { delayMs: number; line: number },
): Promise<TypingSample> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
    await page.locator('[data-testid="code-editor"] .view-line').nth(options.line).click();
    await page.keyboard.press("End");
    await page.waitForTimeout(SETTLE_MS);
    await readReactRenders(page);
    const before = await scriptSeconds(cdp);
    await page.keyboard.type(keys, { delay: options.delayMs });
    await page.waitForTimeout(SETTLE_MS);
    const after = await scriptSeconds(cdp);
    const renders = await readReactRenders(page);
    const tail = keys.slice(-24);
    if (!(await editorText(page)).includes(tail))
      throw new Error(`the editor at ${page.url()} does not show "${tail}"`);
    return { scriptMsPerKey: ((after - before) * 1000) / keys.length, renders };
  } finally {
    await cdp.detach();
  }
}

type Cdp = Awaited<ReturnType<ReturnType<Page["context"]>["newCDPSession"]>>;

async function scriptSeconds(cdp: Cdp): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const script = metrics.find((metric) => metric.name === "ScriptDuration");
  if (!script) throw new Error("Chromium reported no ScriptDuration");
  return script.value;
}

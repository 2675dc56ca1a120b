import type { BrowserContext } from "playwright-core";

/**
 * Takes a browser context off the network (or back), as `context.setOffline` does, and
 * keeps `navigator.onLine` saying so in documents loaded meanwhile. Chromium (150 here)
 * applies DevTools' offline emulation to `navigator.onLine` only in the documents open
 * when it is set: a reload or a new page reports `true` again while every request fails,
 * so a page opened offline would take itself for online and unreachable. The network
 * stays Chromium's own; only what a new document reads of it is made to agree.
 */
export async function setOffline(context: BrowserContext, offline: boolean): Promise<void> {
  await context.setOffline(offline);
  // Init scripts run in the order added, so the last one says the current state.
  await context.addInitScript(offline ? SAY_OFFLINE : FORGET_ONLINE);
  // Open documents follow Chromium's own emulation once what an earlier init script said is
  // taken away; one loaded offline hears that it is online, as it would have from Chromium.
  if (!offline) {
    for (const page of context.pages()) {
      await page.evaluate(BACK_ONLINE).catch(() => {
        // A page navigating or closing: its next document runs the init script.
      });
    }
  }
}

// Strings, not functions: tsx (the benchmarks) compiles functions with esbuild's keepNames,
// whose `__name` helper does not exist in the page.
const SAY_OFFLINE = `Object.defineProperty(navigator, "onLine", { configurable: true, get: () => false });`;
const FORGET_ONLINE = `delete navigator.onLine;`;
const BACK_ONLINE = `if (Object.getOwnPropertyDescriptor(navigator, "onLine")) {
  delete navigator.onLine;
  window.dispatchEvent(new Event("online"));
}`;

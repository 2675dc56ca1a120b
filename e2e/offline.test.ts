import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { ApiClient } from "./lib/apiClient.ts";
import { launchChromium } from "./lib/launchChromium.ts";
import { serveSyncPage, type SyncPageServer } from "./lib/serveSyncPage.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

let platform: RunningPlatform;
let browser: Browser;
let syncPage: SyncPageServer;

beforeAll(async () => {
  [platform, browser, syncPage] = await Promise.all([startPlatform(), launchChromium(), serveSyncPage()]);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await syncPage?.stop();
});

async function openPage(page: Page, owner: ApiClient, id: string, connect: boolean) {
  const url = `${platform.origin.replace(/^http/, "ws")}/api/projects/${id}/sync`;
  await syncPage.open(page, url, id, connect);
}

describe("@wove/sync in the browser", () => {
  it("keeps offline edits across a reload in IndexedDB and delivers them on reconnect", async () => {
    const owner = await ApiClient.signUp(platform.origin, "Owner");
    const id = await owner.createProject("Offline");
    const context = await browser.newContext();
    await context.exposeFunction("getRoomToken", () => owner.roomToken(id));
    const page = await context.newPage();

    await openPage(page, owner, id, true);
    await expect.poll(() => page.evaluate(() => window.wove.status())).toBe("synced");
    await page.evaluate(() => window.wove.type("typed online. "));
    await expect.poll(() => page.evaluate(() => window.wove.pending())).toBe(0);

    await page.evaluate(() => window.wove.disconnect());
    await page.evaluate(() => window.wove.type("typed offline."));
    expect(await page.evaluate(() => window.wove.pending())).toBe(1);

    // Reload without connecting: the document comes back from IndexedDB alone.
    await openPage(page, owner, id, false);
    expect(await page.evaluate(() => window.wove.text())).toBe("typed online. typed offline.");

    await page.evaluate(() => window.wove.connect());
    await expect.poll(() => page.evaluate(() => window.wove.status())).toBe("synced");
    await expect.poll(() => page.evaluate(() => window.wove.pending())).toBe(0);

    const doc = new Y.Doc();
    const provider = new WebsocketProvider(
      `${platform.origin.replace(/^http/, "ws")}/api/projects`,
      `${id}/sync`,
      doc,
      {
        params: { token: await owner.roomToken(id) },
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      },
    );
    await expect.poll(() => doc.getText("t").toString()).toBe("typed online. typed offline.");
    provider.destroy();
    await context.close();
  });
});

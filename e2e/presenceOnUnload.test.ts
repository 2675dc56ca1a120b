import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "./lib/apiClient.ts";
import { launchChromium } from "./lib/launchChromium.ts";
import { serveSyncPage, type SyncPageServer } from "./lib/serveSyncPage.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

let platform: RunningPlatform;
let browser: Browser;
let syncPage: SyncPageServer;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [platform, browser, syncPage] = await Promise.all([startPlatform(), launchChromium(), serveSyncPage()]);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await platform?.stop();
  await syncPage?.stop();
});

/** Two people's pages in one room, each present and each seeing the other. */
async function twoInARoom(): Promise<{ stays: Page; leaves: Page; leaverId: number }> {
  const owner = await ApiClient.signUp(platform.origin, "Owner");
  const id = await owner.createProject("Presence");
  const url = `${platform.origin.replace(/^http/, "ws")}/api/projects/${id}/sync`;
  const open = async (name: string) => {
    const context = await browser.newContext();
    contexts.push(context);
    await context.exposeFunction("getRoomToken", () => owner.roomToken(id));
    const page = await context.newPage();
    await syncPage.open(page, url, id, true);
    await expect.poll(() => page.evaluate(() => window.wove.status())).toBe("synced");
    await page.evaluate((n) => window.wove.present(n), name);
    return page;
  };
  const stays = await open("Stays");
  const leaves = await open("Leaves");
  const leaverId = await leaves.evaluate(() => window.wove.clientId());
  await expect.poll(() => stays.evaluate(() => window.wove.others())).toContain(leaverId);
  return { stays, leaves, leaverId };
}

describe("presence when a page goes", () => {
  it("takes a person's presence off the other pages when their page navigates away", async () => {
    const { stays, leaves, leaverId } = await twoInARoom();
    await leaves.goto("about:blank");
    // Well before the 30 s awareness timeout would drop it.
    await expect.poll(() => stays.evaluate(() => window.wove.others()), { timeout: 10_000 }).not.toContain(leaverId);
  });

  it("sends the removal on pagehide, while the socket is still open, and restores it if the page comes back", async () => {
    const { stays, leaves, leaverId } = await twoInARoom();
    // The event alone, with no unload: only the client's own message can remove it.
    await leaves.evaluate("window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }))");
    await expect.poll(() => stays.evaluate(() => window.wove.others()), { timeout: 10_000 }).not.toContain(leaverId);
    expect(await leaves.evaluate(() => window.wove.status())).toBe("synced");

    // Back from the back-forward cache: present again.
    await leaves.evaluate("window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }))");
    await expect.poll(() => stays.evaluate(() => window.wove.others()), { timeout: 10_000 }).toContain(leaverId);
  });
});

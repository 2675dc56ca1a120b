import { mkdtempSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { getFreePort } from "../scripts/lib/getFreePort.ts";
import { ApiClient } from "./lib/apiClient.ts";
import { launchChromium } from "./lib/launchChromium.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

let platform: RunningPlatform;
let browser: Browser;
let pageServer: Server;
let pageOrigin: string;

beforeAll(async () => {
  // A page of its own that runs @wove/sync as the web app will: bundled, in Chromium.
  const outdir = mkdtempSync(join(tmpdir(), "wove-sync-page-"));
  await build({
    entryPoints: [fileURLToPath(new URL("fixtures/syncPage.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    outfile: join(outdir, "page.js"),
    logLevel: "warning",
  });
  const script = readFileSync(join(outdir, "page.js"));
  pageServer = createServer((req, res) => {
    if (req.url === "/page.js") res.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else
      res
        .writeHead(200, { "content-type": "text/html" })
        .end('<!doctype html><script type="module" src="/page.js"></script>');
  });
  const port = await getFreePort();
  await new Promise<void>((resolve) => pageServer.listen(port, "127.0.0.1", resolve));
  pageOrigin = `http://127.0.0.1:${port}`;
  [platform, browser] = await Promise.all([startPlatform(), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
  await new Promise((resolve) => pageServer?.close(resolve));
});

async function openPage(page: Page, owner: ApiClient, id: string, connect: boolean) {
  await page.goto(pageOrigin);
  await page.waitForFunction(() => "wove" in window);
  const url = `${platform.origin.replace(/^http/, "ws")}/api/projects/${id}/sync`;
  await page.evaluate(({ url, id, connect }) => window.wove.open(url, id, connect), { url, id, connect });
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

import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { getFreePort } from "../../scripts/lib/getFreePort.ts";

export interface SyncPageServer {
  /** Opens the page and a RoomClient on it for project `id` (tokens from the context's `getRoomToken`). */
  open(page: Page, roomUrl: string, id: string, connect: boolean): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A page of its own that runs @wove/sync as the web app does: e2e/fixtures/syncPage.ts,
 * bundled, served on a free port, for Chromium.
 */
export async function serveSyncPage(): Promise<SyncPageServer> {
  const outdir = mkdtempSync(join(tmpdir(), "wove-sync-page-"));
  await build({
    entryPoints: [fileURLToPath(new URL("../fixtures/syncPage.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    outfile: join(outdir, "page.js"),
    logLevel: "warning",
  });
  const script = readFileSync(join(outdir, "page.js"));
  const server = createServer((req, res) => {
    if (req.url === "/page.js") res.writeHead(200, { "content-type": "text/javascript" }).end(script);
    else
      res
        .writeHead(200, { "content-type": "text/html" })
        .end('<!doctype html><script type="module" src="/page.js"></script>');
  });
  const port = await getFreePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${port}`;
  return {
    async open(page, url, id, connect) {
      await page.goto(origin);
      await page.waitForFunction(() => "wove" in window);
      await page.evaluate(({ url, id, connect }) => window.wove.open(url, id, connect), { url, id, connect });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

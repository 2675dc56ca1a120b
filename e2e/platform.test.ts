import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchChromium } from "./lib/launchChromium.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";
import { setOffline } from "./lib/setOffline.ts";

let browser: Browser;
const running = new Set<RunningPlatform>();

async function start(options?: Parameters<typeof startPlatform>[0]) {
  const platform = await startPlatform(options);
  running.add(platform);
  return platform;
}

async function stop(platform: RunningPlatform) {
  const code = await platform.stop();
  running.delete(platform);
  return code;
}

async function health(origin: string) {
  const res = await fetch(`${origin}/api/health`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await Promise.all([...running].map((p) => p.stop()));
  await browser?.close();
});

describe("npm start", () => {
  it("serves the PWA shell and a healthy API from one origin, keeps data across restarts, and stops cleanly", async () => {
    const first = await start();
    const before = await health(first.origin);
    expect(before).toMatchObject({ status: 200, body: { status: "ok", db: "ok", storage: "ok" } });
    expect(first.output()).toContain(`running at ${first.origin}`);

    const page = await browser.newPage();
    await page.goto(`${first.origin}/status`);
    await expect.poll(() => page.locator('[data-testid="health"]').getAttribute("data-status")).toBe("ok");
    expect(await page.getByRole("heading", { name: "Wove" }).isVisible()).toBe(true);
    expect(await page.getByText("All systems go").isVisible()).toBe(true);

    // The health link opens the JSON the API answers.
    await page.getByRole("link", { name: /API health/ }).click();
    await page.waitForURL(`${first.origin}/api/health`);
    expect(JSON.parse((await page.locator("body").textContent()) ?? "")).toMatchObject({ status: "ok" });

    // A deep link into a project's file gets the shell, whose IDE route says what is there.
    const deep = await page.goto(`${first.origin}/p/some-project/src/app.tsx`);
    expect(deep?.status()).toBe(200);
    await page.getByRole("heading", { name: "Project not found" }).waitFor();
    await page.close();

    expect(await stop(first)).toBe(0);
    await expect(fetch(`${first.origin}/api/health`)).rejects.toThrow();

    const second = await start({ dataDir: first.dataDir, port: first.port });
    const after = await health(second.origin);
    expect(after.body.instance).toBe(before.body.instance);
    expect(await stop(second)).toBe(0);
  });

  it("runs two instances side by side on different ports and data folders, and refuses a shared data folder", async () => {
    const [a, b] = await Promise.all([start(), start()]);
    const [ha, hb] = await Promise.all([health(a.origin), health(b.origin)]);
    expect(ha.body.status).toBe("ok");
    expect(hb.body.status).toBe("ok");
    expect(ha.body.instance).not.toBe(hb.body.instance);

    await expect(startPlatform({ dataDir: a.dataDir })).rejects.toThrow(/Another Wove .* is using/);
    expect((await health(a.origin)).body.status).toBe("ok");

    expect(await Promise.all([stop(a), stop(b)])).toEqual([0, 0]);
  });
});

describe("npm run dev", () => {
  it("serves the app through vite with hot reload and the API on the same origin", async () => {
    const platform = await start({ dev: true });
    const html = await (await fetch(platform.origin)).text();
    expect(html).toContain("/@vite/client");
    const page = await browser.newPage();
    await page.goto(`${platform.origin}/status`);
    await expect.poll(() => page.locator('[data-testid="health"]').getAttribute("data-status")).toBe("ok");
    await page.close();
    expect(await stop(platform)).toBe(0);
  });
});

describe("the PWA shell", () => {
  it("opens with no network after a first visit", async () => {
    const platform = await start();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(platform.origin);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The service worker takes control of the page on the next load.
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await setOffline(context, true);
    await page.reload();
    // The app renders from a chunk the entry loads (main.ts), so after the load event, not by it.
    await page.getByRole("heading", { name: "Wove" }).waitFor();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("offline");
    await context.close();
    await stop(platform);
  });
});

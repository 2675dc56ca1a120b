import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createFileInUi,
  createProject,
  editorText,
  newPerson,
  typeAtEnd,
  waitForEditor,
  waitForLocalSave,
  type Person,
} from "./lib/ideDriver.ts";
import { holdBack } from "./lib/holdBack.ts";
import { launchChromium } from "./lib/launchChromium.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

/**
 * `npm run dev`: vite serves React's development build, where StrictMode (renderApp)
 * runs every effect, its cleanup and the effect again on mount. The editor shown before
 * the app (boot/) must survive that: the IDE session and CodeEditor take it twice.
 */
let browser: Browser;
let platform: RunningPlatform;
const people: Person[] = [];

beforeAll(async () => {
  [browser, platform] = await Promise.all([launchChromium(), startPlatform({ dev: true })]);
});

afterAll(async () => {
  for (const person of people) await person.context.close().catch(() => undefined);
  await browser?.close();
  await platform?.stop();
});

/** The app's module in vite's dev server (the entry, main.ts, imports it once boot is done). */
const APP = /\/src\/renderApp\.tsx/;

describe("the editor shown before the app, under StrictMode", () => {
  it("stays the IDE's editor, open and editable, though the IDE's effects run twice", async () => {
    const dana = await newPerson(browser, platform.origin, "Dana", { serviceWorkers: "block" });
    people.push(dana);
    // What StrictMode's second effect run used to hit: an editor disposed by the first run's
    // cleanup, asked to show the file ("InstantiationService has been disposed").
    const crashes: string[] = [];
    dana.page.on("pageerror", (error) => crashes.push(error.message));
    dana.page.on("console", (message) => {
      if (message.type() === "error" && /error occurred in the <|has been disposed/.test(message.text())) {
        crashes.push(message.text());
      }
    });
    const projectId = await createProject(dana, platform.origin, "Strict");
    await dana.page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(dana.page, "strict.txt");
    await typeAtEnd(dana.page, "one");
    await waitForLocalSave(dana.page);

    const release = await holdBack(dana.page, APP);
    await dana.page.reload();
    await waitForEditor(dana.page);
    expect(await dana.page.locator(".ide").count()).toBe(0);
    // The element the early editor's Monaco stands in, to find again once the IDE has it.
    await dana.page.evaluate(() => {
      const host = document.querySelector(".monaco-editor")?.parentElement;
      if (host) host.dataset.earlyHost = "true";
    });

    release();
    await dana.page.locator(".ide").waitFor();
    await expect.poll(() => dana.page.locator(".code-editor--early").count()).toBe(0);
    await waitForEditor(dana.page);
    // The same editor: not disposed by the first effect run's cleanup and made again.
    expect(await dana.page.locator("[data-early-host] .monaco-editor").count()).toBe(1);
    expect(await dana.page.locator(".monaco-editor").count()).toBe(1);
    await typeAtEnd(dana.page, " two");
    await expect.poll(() => editorText(dana.page)).toContain("one two");
    // Kept by the document the session holds (boot's, not closed under it).
    await waitForLocalSave(dana.page);
    await dana.page.unroute(APP);
    await dana.page.reload();
    await waitForEditor(dana.page);
    await expect.poll(() => editorText(dana.page)).toContain("one two");
    expect(crashes).toEqual([]);
  });
});

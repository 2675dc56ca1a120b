import type { CDPSession, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  createFileInUi,
  createProject,
  editor,
  editorText,
  typeAtEnd,
  waitForEditor,
  waitForLocalSave,
  type Person,
} from "./lib/ideDriver.ts";
import { holdBack } from "./lib/holdBack.ts";
import { usePeopleInIde } from "./lib/usePeopleInIde.ts";

const ide = usePeopleInIde();

/** Monaco's editor features (find, folding, suggestions...: editor/monaco.ts). */
const FEATURES = /\/assets\/monaco-[^/]+\.js$/;
/** The app itself (React, the router, the IDE): the entry and the early editor are not held. */
const APP = /\/assets\/renderApp-[^/]+\.js$/;

/**
 * Someone whose new project has `text` in `file`, saved on the device. No service worker,
 * so a held-back route sees every request the page makes.
 */
async function soloWithFile(name: string, file: string, text: string): Promise<Person> {
  const solo = await ide.person(name, { serviceWorkers: "block" });
  const projectId = await createProject(solo, ide.platform().origin, `${name}'s project`);
  await solo.page.goto(`${ide.platform().origin}/p/${projectId}`);
  await createFileInUi(solo.page, file);
  await typeAtEnd(solo.page, text);
  await waitForLocalSave(solo.page);
  return solo;
}

/**
 * `@` as a German keyboard types it on Windows: AltGr+Q, which the browser reports as a
 * Ctrl+Alt keydown with the character as its key, then inserts the character unless the
 * keydown was taken (preventDefault). The keydown is played in the page and the text comes
 * through CDP: Chromium on Linux, where the tests run, never inserts text for a Ctrl
 * keydown, as no Linux layout types one.
 */
async function typeAltGrAt(page: Page, cdp: CDPSession): Promise<void> {
  const inserts = await page.evaluate(() => {
    const target = document.activeElement ?? document.body;
    const init = { key: "@", code: "KeyQ", ctrlKey: true, altKey: true, bubbles: true, cancelable: true };
    const untaken = target.dispatchEvent(new KeyboardEvent("keydown", init));
    target.dispatchEvent(new KeyboardEvent("keyup", init));
    return untaken;
  });
  if (inserts) await cdp.send("Input.insertText", { text: "@" });
}

/** Japanese through an input method: a composition, then its committed text. */
async function typeWithIme(cdp: CDPSession, composing: string, committed: string): Promise<void> {
  await cdp.send("Input.imeSetComposition", {
    text: composing,
    selectionStart: composing.length,
    selectionEnd: composing.length,
  });
  await cdp.send("Input.insertText", { text: committed });
}

describe("typing into the editor shown before the app loads", () => {
  it("keeps AltGr characters and IME input typed before the editor's features and the IDE are in", async () => {
    const alex = await soloWithFile("Alex", "keys.txt", "start ");
    const releaseApp = await holdBack(alex.page, APP);
    const releaseFeatures = await holdBack(alex.page, FEATURES);
    await alex.page.reload();
    await waitForEditor(alex.page);
    expect(await alex.page.locator(".ide").count()).toBe(0);

    const cdp = await alex.context.newCDPSession(alex.page);
    await typeAtEnd(alex.page, "a");
    await typeAltGrAt(alex.page, cdp);
    await alex.page.keyboard.type("b");
    await typeWithIme(cdp, "にほん", "日本");
    await alex.page.keyboard.type("c");
    // In the document at once and in order, not held for the features.
    await expect.poll(() => editorText(alex.page)).toContain("start a@b日本c");

    releaseFeatures();
    releaseApp();
    await alex.page.locator(".ide").waitFor();
    await alex.page.keyboard.type("d");
    await expect.poll(() => editorText(alex.page)).toContain("start a@b日本cd");
    expect(await editor(alex.page).count()).toBe(1);
    await alex.page.unroute(APP);
    await alex.page.unroute(FEATURES);
  });

  it("types an AltGr character after Find pressed while the features load, in the find box", async () => {
    const bo = await soloWithFile("Bo", "mail.txt", "ann@example.org");
    const releaseFeatures = await holdBack(bo.page, FEATURES);
    await bo.page.reload();
    await waitForEditor(bo.page);
    const cdp = await bo.context.newCDPSession(bo.page);
    await typeAtEnd(bo.page, "");
    await bo.page.keyboard.press("Control+f");
    await bo.page.keyboard.type("ann");
    await typeAltGrAt(bo.page, cdp);

    releaseFeatures();
    await expect
      .poll(() => editor(bo.page).locator('.find-widget textarea[aria-label="Find"]').inputValue())
      .toBe("ann@");
    await expect.poll(() => editor(bo.page).locator(".find-widget .matchesCount").innerText()).toBe("1 of 1");
    expect(await editorText(bo.page)).toBe("ann@example.org");
    await bo.page.unroute(FEATURES);
  });
});

import type { Browser, BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createFileInUi,
  createProject,
  editor,
  editorText,
  newPerson,
  remoteCursorNames,
  share,
  syncTone,
  typeAtEnd,
  waitForEditor,
  waitForLocalSave,
  waitForServiceWorker,
  type Person,
} from "./lib/ideDriver.ts";
import { holdBack } from "./lib/holdBack.ts";
import { launchChromium } from "./lib/launchChromium.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";
import { setOffline } from "./lib/setOffline.ts";

let browser: Browser;
let platform: RunningPlatform;
const people: Person[] = [];

beforeAll(async () => {
  [browser, platform] = await Promise.all([launchChromium(), startPlatform()]);
});

afterAll(async () => {
  for (const person of people) await person.context.close().catch(() => undefined);
  await browser?.close();
  await platform?.stop();
});

async function person(name: string, options?: BrowserContextOptions): Promise<Person> {
  const p = await newPerson(browser, platform.origin, name, options);
  people.push(p);
  return p;
}

/** Ann owns a project with `notes.md`; Bea is an editor; both have it open on that file. */
async function pairOnOneFile(projectName: string) {
  const { origin } = platform;
  const [ann, bea] = await Promise.all([person("Ann"), person("Bea")]);
  const projectId = await createProject(ann, origin, projectName);
  await share(ann, origin, projectId, bea, "editor");
  await ann.page.goto(`${origin}/p/${projectId}`);
  await createFileInUi(ann.page, "notes.md");
  await ann.page.waitForURL(`${origin}/p/${projectId}/notes.md`);
  await bea.page.goto(`${origin}/p/${projectId}/notes.md`);
  await waitForEditor(bea.page);
  return { ann, bea, projectId };
}

/**
 * Someone whose new project has `text` in `file`, saved on the device and open. No service
 * worker, so `holdBack` sees every request the page makes.
 */
async function soloWithFile(name: string, file: string, text: string): Promise<Person> {
  const solo = await person(name, { serviceWorkers: "block" });
  const projectId = await createProject(solo, platform.origin, `${name}'s project`);
  await solo.page.goto(`${platform.origin}/p/${projectId}`);
  await createFileInUi(solo.page, file);
  await typeAtEnd(solo.page, text);
  await waitForLocalSave(solo.page);
  return solo;
}

/** From the next page load on, notes whether the editor shown before the app (openEarlyEditor) appeared. */
async function watchForEarlyEditor(someone: Person): Promise<void> {
  await someone.context.addInitScript(() => {
    new MutationObserver((_changes, observer) => {
      if (!document.querySelector(".code-editor--early")) return;
      document.documentElement.dataset.earlyEditorSeen = "true";
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}

async function sawEarlyEditor(someone: Person): Promise<boolean> {
  return (await someone.page.evaluate(() => document.documentElement.dataset.earlyEditorSeen)) === "true";
}

describe("the IDE in Chromium", () => {
  it("(a) lets two people co-edit one file, each seeing the other's text and cursor", async () => {
    const { ann, bea } = await pairOnOneFile("Pairing");
    await typeAtEnd(ann.page, "Hello from Ann. ");
    await expect.poll(() => editorText(bea.page), { timeout: 10_000 }).toContain("Hello from Ann.");
    await typeAtEnd(bea.page, "Hi from Bea!");
    await expect.poll(() => editorText(ann.page), { timeout: 10_000 }).toContain("Hello from Ann. Hi from Bea!");

    // Each sees the other's cursor, labelled with their name, and their avatar.
    await expect.poll(() => remoteCursorNames(ann.page), { timeout: 10_000 }).toContain("Bea");
    await expect.poll(() => remoteCursorNames(bea.page), { timeout: 10_000 }).toContain("Ann");
    await ann.page.getByRole("region", { name: "Collaborators" }).getByText("Bea").waitFor();
    await expect.poll(() => syncTone(ann.page)).toBe("good");

    // Undo is per person: Ann's undo takes back her words and never Bea's.
    await editor(ann.page).locator(".view-lines").click();
    for (let i = 0; i < 20; i++) await ann.page.keyboard.press("Control+z");
    await expect.poll(() => editorText(bea.page)).not.toContain("Hello from Ann.");
    expect(await editorText(ann.page)).toContain("Hi from Bea!");
    expect(await editorText(bea.page)).toContain("Hi from Bea!");
  });

  it("(b) keeps edits made offline across a reload while offline, and merges them on reconnect", async () => {
    const { ann, bea, projectId } = await pairOnOneFile("Offline");
    await waitForServiceWorker(bea.page);
    await typeAtEnd(ann.page, "shared start. ");
    await expect.poll(() => editorText(bea.page)).toContain("shared start.");

    await setOffline(bea.context, true);
    await expect.poll(() => syncTone(bea.page)).toBe("offline");
    await typeAtEnd(bea.page, "bea offline one. ");
    await typeAtEnd(ann.page, "ann online. ");

    // A reload with no network: the app, the project and Bea's edits come from this device.
    await waitForLocalSave(bea.page);
    await bea.page.reload();
    await waitForEditor(bea.page);
    await expect.poll(() => editorText(bea.page)).toContain("bea offline one.");
    await typeAtEnd(bea.page, "bea offline two.");
    expect(await editorText(bea.page)).not.toContain("ann online.");

    await setOffline(bea.context, false);
    for (const page of [ann.page, bea.page]) {
      await expect.poll(() => editorText(page), { timeout: 20_000 }).toContain("bea offline two.");
      const text = await editorText(page);
      for (const part of ["shared start.", "bea offline one.", "ann online.", "bea offline two."]) {
        expect(text).toContain(part);
      }
    }
    await expect.poll(() => syncTone(bea.page), { timeout: 20_000 }).toBe("good");
    expect(new URL(bea.page.url()).pathname).toBe(`/p/${projectId}/notes.md`);
  });

  it("(c) opens and edits a project with the network off after a first visit", async () => {
    const { origin } = platform;
    const solo = await person("Solo");
    const projectId = await createProject(solo, origin, "Solo trip");
    await solo.page.goto(`${origin}/p/${projectId}`);
    await createFileInUi(solo.page, "plan.txt");
    await typeAtEnd(solo.page, "pack bags. ");
    await expect.poll(() => syncTone(solo.page)).toBe("good");
    await waitForServiceWorker(solo.page);

    await setOffline(solo.context, true);
    await waitForLocalSave(solo.page);
    await solo.page.goto(`${origin}/`);
    await solo.page.getByText("Solo trip").waitFor();
    // Offline too, the file shows before the app (from the project this device has).
    await watchForEarlyEditor(solo);
    await solo.page.goto(`${origin}/p/${projectId}/plan.txt`);
    await waitForEditor(solo.page);
    expect(await sawEarlyEditor(solo)).toBe(true);
    await typeAtEnd(solo.page, "on the plane.");
    await expect.poll(() => editorText(solo.page)).toContain("pack bags. on the plane.");
    await expect.poll(() => syncTone(solo.page)).toBe("offline");

    await setOffline(solo.context, false);
    await expect.poll(() => syncTone(solo.page), { timeout: 20_000 }).toBe("good");
  });

  it("(d) loses no keystroke when one person renames the file the other is typing in", async () => {
    const { ann, bea, projectId } = await pairOnOneFile("Renames");
    const typing = typeAtEnd(ann.page, "abcdefghijklmnopqrstuvwxyz0123456789");
    await expect.poll(() => editorText(bea.page)).toMatch(/abc/);
    await bea.page.getByRole("treeitem", { name: "notes.md" }).press("F2");
    const input = bea.page.getByLabel("Rename notes.md");
    await input.fill("renamed.md");
    await input.press("Enter");
    await typing;

    for (const page of [ann.page, bea.page]) {
      await page.getByRole("treeitem", { name: "renamed.md" }).waitFor();
      await expect.poll(() => editorText(page)).toContain("abcdefghijklmnopqrstuvwxyz0123456789");
    }
    await ann.page.waitForURL(`${platform.origin}/p/${projectId}/renamed.md`);
  });

  it("(e) shows a viewer everything live but lets them change nothing", async () => {
    const { origin } = platform;
    const [owner, viewer] = await Promise.all([person("Olga"), person("Victor")]);
    const projectId = await createProject(owner, origin, "Read only");
    await share(owner, origin, projectId, viewer, "viewer");
    await owner.page.goto(`${origin}/p/${projectId}`);
    await createFileInUi(owner.page, "index.html");
    await typeAtEnd(owner.page, "<h1>Hi</h1>");

    await viewer.page.goto(`${origin}/p/${projectId}/index.html`);
    await waitForEditor(viewer.page);
    await viewer.page.getByText("You are a viewer of this project").waitFor();
    await expect.poll(() => editorText(viewer.page)).toContain("<h1>Hi</h1>");
    expect(await viewer.page.getByRole("button", { name: "New file", exact: true }).count()).toBe(0);

    await typeAtEnd(viewer.page, "vandalism");
    await typeAtEnd(owner.page, "<p>live</p>");
    await expect.poll(() => editorText(viewer.page)).toContain("<p>live</p>");
    expect(await editorText(viewer.page)).not.toContain("vandalism");
    expect(await editorText(owner.page)).not.toContain("vandalism");
  });

  it("(f) finds in a file the moment it opens after a reload, and typing goes on after", async () => {
    const { origin } = platform;
    const solo = await person("Finn");
    const projectId = await createProject(solo, origin, "Find");
    await solo.page.goto(`${origin}/p/${projectId}`);
    await createFileInUi(solo.page, "words.txt");
    await typeAtEnd(solo.page, "alpha beta alpha");
    await waitForLocalSave(solo.page);

    await solo.page.reload();
    await waitForEditor(solo.page);
    await solo.page.keyboard.press("Control+f");
    await solo.page.keyboard.type("alpha");
    await expect.poll(() => editor(solo.page).locator(".find-widget .matchesCount").innerText()).toBe("1 of 2");
    await solo.page.keyboard.press("Escape");
    await typeAtEnd(solo.page, " gamma");
    await expect.poll(() => editorText(solo.page)).toContain("alpha beta alpha gamma");
  });

  it("(g) shows a deep-linked file before the IDE around it loads, and the IDE takes that editor over", async () => {
    const gail = await soloWithFile("Gail", "early.txt", "one");
    // The app itself (React, the router, the IDE) is held back; the entry and the editor are not.
    const release = await holdBack(gail.page, /\/assets\/renderApp-[^/]+\.js$/);
    await gail.page.reload();
    await waitForEditor(gail.page);
    expect(await gail.page.locator(".ide").count()).toBe(0);
    expect(await editorText(gail.page)).toContain("one");
    // Where the IDE had its editor, so the hand-over does not move it.
    const box = () => gail.page.locator(".code-editor").boundingBox();
    const early = await box();
    // The IDE's Find shortcut, pressed outside the editor, works before the IDE listens.
    await gail.page.keyboard.press("Control+f");
    await gail.page.keyboard.type("one");
    await expect.poll(() => editor(gail.page).locator(".find-widget .matchesCount").innerText()).toBe("1 of 1");
    await gail.page.keyboard.press("Escape");
    await typeAtEnd(gail.page, " two");

    release();
    await gail.page.locator(".ide").waitFor();
    await expect.poll(() => gail.page.locator(".code-editor--early").count()).toBe(0);
    const adopted = await box();
    for (const side of ["x", "y", "width", "height"] as const) {
      expect(Math.abs((adopted?.[side] ?? 0) - (early?.[side] ?? -100))).toBeLessThan(2);
    }
    // Still focused after the move into the IDE's pane: typing goes on without a click.
    await gail.page.keyboard.type(" three", { delay: 15 });
    await expect.poll(() => editorText(gail.page)).toContain("one two three");
    expect(await editor(gail.page).count()).toBe(1);
    await waitForLocalSave(gail.page);

    await gail.page.unroute(/\/assets\/renderApp-[^/]+\.js$/);
    await gail.page.reload();
    await waitForEditor(gail.page);
    await expect.poll(() => editorText(gail.page)).toContain("one two three");
  });

  it("(h) types at once while the editor's features load, and keeps a Find pressed meanwhile for when they are in", async () => {
    const hana = await soloWithFile("Hana", "words.txt", "alpha beta alpha");
    // Monaco's editor features (find, comment, suggestions...: editor/monaco.ts) are held back.
    const features = /\/assets\/monaco-[^/]+\.js$/;
    const release = await holdBack(hana.page, features);
    await hana.page.reload();
    await waitForEditor(hana.page);
    await typeAtEnd(hana.page, " delta");
    await expect.poll(() => editorText(hana.page)).toContain("alpha beta alpha delta");
    await hana.page.keyboard.press("Control+f");
    await hana.page.keyboard.type("alpha", { delay: 15 });
    // Held, not typed into the file.
    expect(await editorText(hana.page)).toContain("alpha beta alpha delta");
    expect(await editorText(hana.page)).not.toContain("deltaalpha");

    release();
    await expect.poll(() => editor(hana.page).locator(".find-widget .matchesCount").innerText()).toBe("1 of 2");
    await hana.page.keyboard.press("Escape");
    await typeAtEnd(hana.page, " gamma");
    await expect.poll(() => editorText(hana.page)).toContain("alpha beta alpha delta gamma");
    await hana.page.unroute(features);
  });

  it("(i) shows nothing of a project early to someone removed from it, though their device has a copy", async () => {
    const { origin } = platform;
    const [ann, bea] = await Promise.all([person("Ann"), person("Bea")]);
    const projectId = await createProject(ann, origin, "Private plans");
    const beaId = await share(ann, origin, projectId, bea, "editor");
    await ann.page.goto(`${origin}/p/${projectId}`);
    await createFileInUi(ann.page, "plans.md");
    await typeAtEnd(ann.page, "the secret plan");
    await bea.page.goto(`${origin}/p/${projectId}/plans.md`);
    await expect.poll(() => editorText(bea.page)).toContain("the secret plan");
    await waitForLocalSave(bea.page);

    const removed = await ann.context.request.delete(`${origin}/api/projects/${projectId}/members/${beaId}`, {
      headers: { origin },
    });
    expect(removed.ok()).toBe(true);
    await watchForEarlyEditor(bea);
    await bea.page.reload();
    await bea.page.getByRole("heading", { name: "Project not found" }).waitFor();
    expect(await sawEarlyEditor(bea)).toBe(false);
    expect(await editor(bea.page).count()).toBe(0);
  });
});

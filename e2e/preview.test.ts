import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createFileInUi,
  createProject,
  editorText,
  newPerson,
  openPreview,
  replaceEditorText,
  waitForLocalSave,
  waitForServiceWorker,
  type Person,
} from "./lib/ideDriver.ts";
import { launchChromium } from "./lib/launchChromium.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

let browser: Browser;
let platform: RunningPlatform;
let ann: Person;

beforeAll(async () => {
  [browser, platform] = await Promise.all([launchChromium(), startPlatform()]);
  ann = await newPerson(browser, platform.origin, "Ann");
});

afterAll(async () => {
  await ann?.context.close().catch(() => undefined);
  await browser?.close();
  await platform?.stop();
});

const status = (person: Person) => person.page.getByTestId("preview-status");
const consoleLines = (person: Person) => person.page.getByRole("list", { name: "Console output" });

const PROBE = `<p id="leak">probing</p>
<script>
  const read = (f) => { try { const v = f(); return v ? "read:" + v : "empty"; } catch (e) { return "blocked"; } };
  document.getElementById("leak").textContent = [
    "cookie=" + read(() => document.cookie),
    "storage=" + read(() => localStorage.getItem("ide-secret")),
    "parent=" + read(() => parent.document.cookie),
    "db=" + read(() => typeof indexedDB.open("x").onsuccess),
  ].join(" ");
</script>`;

const APP = `import { useState } from "react";
import { createRoot } from "react-dom/client";

function App() {
  const [count] = useState(41);
  return <h1 id="react">Hello from React {count + 1}</h1>;
}
createRoot(document.getElementById("root")!).render(<App />);
`;

describe("the live preview in Chromium", () => {
  it("rebuilds as the page is edited, forwards its console, and cannot reach the IDE's cookies or storage", async () => {
    const projectId = await createProject(ann, platform.origin, "Preview site");
    await ann.page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(ann.page, "index.html");
    await replaceEditorText(ann.page, `<h1 id="title">First</h1><script>console.log("hello from the page")</script>`);

    // Alt+V opens the preview, which builds in the browser.
    await ann.page.keyboard.press("Alt+v");
    const frame = await openPreview(ann.page);
    await expect.poll(() => frame.locator("#title").textContent(), { timeout: 60_000 }).toBe("First");
    await expect.poll(() => status(ann).getAttribute("data-status")).toBe("ready");
    expect(await status(ann).textContent()).toMatch(/Ready · \d+ ms/);
    expect(await ann.page.getByTestId("preview-kind").getAttribute("data-kind")).toBe("static");
    await consoleLines(ann).getByText("hello from the page").first().waitFor();

    await replaceEditorText(ann.page, `<h1 id="title">Second</h1>`);
    await expect.poll(() => frame.locator("#title").textContent(), { timeout: 10_000 }).toBe("Second");
    await ann.page.getByRole("button", { name: "Clear" }).click();
    expect(await consoleLines(ann).locator("li").count()).toBe(0);

    // The IDE's own cookie and storage are out of the preview's reach.
    await ann.page.evaluate(() => {
      document.cookie = "ide-secret=s3cret; path=/";
      localStorage.setItem("ide-secret", "s3cret");
    });
    await replaceEditorText(ann.page, PROBE);
    await expect
      .poll(() => frame.locator("#leak").textContent(), { timeout: 10_000 })
      .toBe("cookie=blocked storage=blocked parent=blocked db=blocked");
  });

  it("shows a build error with its file and line, and a click puts the cursor there", async () => {
    const projectId = await createProject(ann, platform.origin, "Preview errors");
    await ann.page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(ann.page, "index.html");
    await replaceEditorText(ann.page, `<div id="root"></div><script type="module" src="./src/main.tsx"></script>`);
    await createFileInUi(ann.page, "src/main.tsx");
    await replaceEditorText(ann.page, `const ok = 1;\nconst broken = ;\n`);
    await createFileInUi(ann.page, "notes.md");
    await openPreview(ann.page);
    const problem = ann.page
      .getByRole("list", { name: "Build errors" })
      .getByRole("button", { name: /src\/main\.tsx:2:/ });
    await problem.waitFor({ timeout: 60_000 });
    expect(await status(ann).getAttribute("data-status")).toBe("error");
    await problem.click();
    await ann.page.getByRole("tab", { name: /main\.tsx/ }).waitFor();
    await ann.page.keyboard.type("42");
    await expect.poll(() => editorText(ann.page)).toContain("const broken = 42;");
  });

  it("renders a TSX entry using React with the network off after a first visit", async () => {
    const projectId = await createProject(ann, platform.origin, "Preview React");
    await ann.page.goto(`${platform.origin}/p/${projectId}`);
    await createFileInUi(ann.page, "index.html");
    await replaceEditorText(ann.page, `<div id="root"></div><script type="module" src="/src/main.tsx"></script>`);
    await createFileInUi(ann.page, "src/main.tsx");
    await replaceEditorText(ann.page, APP);
    let frame = await openPreview(ann.page);
    await expect.poll(() => frame.locator("#react").textContent(), { timeout: 60_000 }).toBe("Hello from React 42");
    await waitForLocalSave(ann.page);
    await waitForServiceWorker(ann.page);

    await ann.context.setOffline(true);
    try {
      await ann.page.reload();
      frame = await openPreview(ann.page);
      await expect.poll(() => frame.locator("#react").textContent(), { timeout: 60_000 }).toBe("Hello from React 42");
    } finally {
      await ann.context.setOffline(false);
    }
  });
});

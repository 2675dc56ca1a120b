import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeServer } from "../packages/ai/src/test/startFakeServer.ts";
import { startOpenAiFake } from "../packages/ai/src/test/startOpenAiFake.ts";
import {
  createFileInUi,
  createProject,
  editor,
  editorText,
  newPerson,
  pasteEditorText,
  waitForEditor,
  waitForLocalSave,
  type Person,
} from "./lib/ideDriver.ts";
import { launchChromium } from "./lib/launchChromium.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

// Monaco's language features (issue 13, item 2) in one platform and one person: each
// journey starts from Ann's project with two TS files, main.ts importing util.ts (and App.tsx), and
// only main.ts open, so what reaches util.ts goes through a file nobody has open.

let browser: Browser;
let platform: RunningPlatform;
let fake: FakeServer;
let ann: Person;
let projectId: string;

const UTIL = `/** Adds two numbers. */
export function addNumbers(first: number, second: number): number {
  return first + second;
}

export const greeting = "hello";
`;

const MAIN = `import { addNumbers } from "./util";

const total = addNumbers(1, 2);
console.log(total);
`;

const APP = `export function App() {
  return <p className="note">Click from here</p>;
}
`;

beforeAll(async () => {
  // The local provider (OpenAI-compatible) sends the key "local": the diff view comes from an answer.
  fake = await startOpenAiFake("local");
  [browser, platform] = await Promise.all([
    launchChromium(),
    startPlatform({ env: { LOCAL_AI_BASE_URL: fake.baseUrl, LOCAL_AI_MODEL: "llama3.2" } }),
  ]);
  ann = await newPerson(browser, platform.origin, "Ann");
  projectId = await createProject(ann, platform.origin, "Language features");
  await ann.page.goto(`${platform.origin}/p/${projectId}`);
  for (const [path, text] of [
    ["util.ts", UTIL],
    ["App.tsx", APP],
    ["main.ts", MAIN],
  ] as const) {
    await createFileInUi(ann.page, path);
    await pasteEditorText(ann.page, text);
  }
  // Only main.ts stays open.
  for (const name of ["util.ts", "App.tsx"]) await ann.page.getByRole("button", { name: `Close ${name}` }).click();
  await waitForLocalSave(ann.page);
});

afterAll(async () => {
  await ann?.context.close().catch(() => undefined);
  await browser?.close();
  await platform?.stop();
  await fake?.close();
});

/** Loads main.ts afresh (as MAIN, whatever an earlier journey did to it) and waits for its features. */
async function openMain(page: Page): Promise<void> {
  await page.goto(`${platform.origin}/p/${projectId}/main.ts`);
  await waitForEditor(page);
  await pasteEditorText(page, MAIN);
  await waitForFeatures(page);
}

/** Waits until the TypeScript worker has read the file (its import resolved: no error on it). */
async function waitForFeatures(page: Page): Promise<void> {
  // A hover over an imported name answers only once the worker has both files.
  await expect.poll(() => hoverText(page, "addNumbers"), { timeout: 30_000 }).toContain("Adds two numbers.");
  await page.mouse.move(0, 0);
}

/** The text of the hover over the first `word` shown in the editor ("" until it shows). */
async function hoverText(page: Page, word: string): Promise<string> {
  await page.mouse.move(0, 0);
  await editor(page).locator(".view-line span", { hasText: word }).last().hover();
  const hover = page.locator(".monaco-hover:not(.hidden)").first();
  return (await hover.textContent({ timeout: 2_000 }).catch(() => null)) ?? "";
}

/** Puts the caret inside the last occurrence of `word` on screen, with a click, as a person would. */
async function clickWord(page: Page, word: string): Promise<void> {
  await editor(page).locator(".view-line span", { hasText: word }).last().click();
}

/** Puts the caret at the end of the file on a new line and types `text`. */
async function typeOnNewLine(page: Page, text: string): Promise<void> {
  await editor(page).locator(".view-lines").click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(text, { delay: 20 });
}

const suggestions = (page: Page) => page.locator(".editor-widget.suggest-widget.visible");
const suggestion = (page: Page, name: string) =>
  suggestions(page).getByRole("option", { name: new RegExp(`^${name}\\b`) });

describe("Monaco's language features in the IDE (Chromium)", () => {
  it("suggests DOM members as `document.getEl` is typed, and again on Ctrl+Space", async () => {
    await openMain(ann.page);
    await typeOnNewLine(ann.page, "document.getEl");
    await suggestion(ann.page, "getElementById").waitFor({ timeout: 15_000 });
    await ann.page.keyboard.press("Escape");
    await suggestions(ann.page).waitFor({ state: "hidden" });
    await ann.page.keyboard.press("Control+Space");
    await suggestion(ann.page, "getElementById").waitFor({ timeout: 15_000 });
    // Accepting one completes the name in the file.
    await ann.page.keyboard.press("Enter");
    await expect.poll(() => editorText(ann.page)).toContain("document.getElementById");
  });

  it("shows a function's parameters while its call is typed", async () => {
    await openMain(ann.page);
    await typeOnNewLine(ann.page, "addNumbers(");
    const hints = ann.page.locator(".parameter-hints-widget.visible");
    await hints.waitFor({ timeout: 15_000 });
    expect(await hints.textContent()).toContain("first: number");
    await ann.page.keyboard.type("1, ");
    await expect.poll(() => hints.locator(".parameter.active").textContent()).toContain("second");
  });

  it("shows the type and documentation of a name on hover", async () => {
    await openMain(ann.page);
    const hover = await hoverText(ann.page, "total");
    expect(hover).toContain("const total: number");
    expect(await hoverText(ann.page, "addNumbers")).toContain("Adds two numbers.");
  });

  it("goes to a definition in another project file with F12, opening that file", async () => {
    await openMain(ann.page);
    await clickWord(ann.page, "addNumbers");
    await ann.page.keyboard.press("F12");
    await ann.page.waitForURL(`${platform.origin}/p/${projectId}/util.ts`);
    expect(await ann.page.getByRole("tab", { name: /util\.ts/ }).getAttribute("aria-selected")).toBe("true");
    await expect.poll(() => editorText(ann.page)).toContain("export function addNumbers");
    // The caret is on the definition: typing there goes into util.ts's declaration line.
    await ann.page.keyboard.type("/*here*/");
    await expect
      .poll(() => editorText(ann.page))
      .toMatch(/export function (\/\*here\*\/addNumbers|addNumbers\/\*here\*\/)/);
    await ann.page.keyboard.press("Control+z");
    await expect.poll(() => editorText(ann.page)).not.toContain("/*here*/");
  });

  it("renames a symbol across files with F2, into the file nobody has open", async () => {
    await openMain(ann.page);
    await clickWord(ann.page, "addNumbers");
    await ann.page.keyboard.press("F2");
    const input = ann.page.locator(".rename-box input");
    await input.waitFor({ timeout: 15_000 });
    await input.fill("sumNumbers");
    await input.press("Enter");
    await expect.poll(() => editorText(ann.page)).toContain('import { sumNumbers } from "./util"');
    expect(await editorText(ann.page)).toContain("const total = sumNumbers(1, 2)");

    // util.ts changed in the document itself: it reads so after a reload, from the project.
    await waitForLocalSave(ann.page);
    await ann.page.goto(`${platform.origin}/p/${projectId}/util.ts`);
    await waitForEditor(ann.page);
    await expect.poll(() => editorText(ann.page)).toContain("export function sumNumbers(first: number");

    // Back as it was for the other journeys.
    await pasteEditorText(ann.page, UTIL);
    await waitForLocalSave(ann.page);
  });

  it("offers a quick fix that adds a missing import from another file", async () => {
    await openMain(ann.page);
    await typeOnNewLine(ann.page, "console.log(greeting);");
    // The worker reports the unknown name; the quick fix knows util.ts exports it.
    await editor(ann.page).locator(".squiggly-error").first().waitFor({ timeout: 15_000 });
    await clickWord(ann.page, "greeting");
    await ann.page.keyboard.press("Control+.");
    const fix = ann.page.locator(".action-widget").getByText(/(Add|Update) import from "\.\/util"/);
    await fix.waitFor({ timeout: 15_000 });
    await fix.click();
    await expect.poll(() => editorText(ann.page)).toMatch(/import \{ addNumbers, greeting \} from "\.\/util"/);
  });

  it("keeps the TypeScript worker in step as files are created and renamed", async () => {
    await openMain(ann.page);
    await createFileInUi(ann.page, "late.ts");
    await pasteEditorText(ann.page, "export const lateValue = 42;\n");
    await ann.page.getByRole("button", { name: "Close late.ts" }).click();
    await ann.page.getByRole("tab", { name: "main.ts" }).click();
    await pasteEditorText(ann.page, 'import { lateValue } from "./late";\nconsole.log(lateValue);\n');
    await expect.poll(() => hoverText(ann.page, "lateValue"), { timeout: 15_000 }).toContain("const lateValue: 42");

    // Renamed, the file answers at its new path only.
    await ann.page.getByRole("treeitem", { name: /late\.ts/ }).hover();
    await ann.page.getByRole("button", { name: "Rename late.ts" }).click();
    const name = ann.page.getByLabel("Rename late.ts");
    await name.fill("later.ts");
    await name.press("Enter");
    await ann.page.getByRole("treeitem", { name: /later\.ts/ }).waitFor();
    await expect.poll(() => hoverText(ann.page, "lateValue"), { timeout: 15_000 }).not.toContain("const lateValue: 42");
    await pasteEditorText(ann.page, 'import { lateValue } from "./later";\nconsole.log(lateValue);\n');
    await expect.poll(() => hoverText(ann.page, "lateValue"), { timeout: 15_000 }).toContain("const lateValue: 42");

    // main.ts as it was, for the journeys after this one.
    await pasteEditorText(ann.page, MAIN);
    await waitForLocalSave(ann.page);
  });

  it("colours JSX text as text, not as the keywords it contains", async () => {
    await ann.page.goto(`${platform.origin}/p/${projectId}/App.tsx`);
    await waitForEditor(ann.page);
    // The editor with its features, not the first one, whose colours it may not keep.
    await ann.page.locator('[data-editor-features="true"] .monaco-editor').waitFor({ timeout: 30_000 });
    // Read in one go from the editor on screen: the first one is replaced once its features are in.
    const colours = () =>
      editor(ann.page)
        .locator(".monaco-editor")
        .evaluate((node) => {
          const colourOf = (text: string) => {
            const span = Array.from(node.querySelectorAll(".view-line span span")).find((s) =>
              s.textContent?.includes(text),
            );
            return span ? getComputedStyle(span).color : "missing";
          };
          return {
            plain: getComputedStyle(node).color,
            keyword: colourOf("return"),
            exported: colourOf("export"),
            from: colourOf("from"),
            click: colourOf("Click"),
          };
        });
    // The paragraph's words are text, "from" (a keyword in code) and "Click" (a type name) too.
    await expect
      .poll(
        async () => {
          const { plain, from } = await colours();
          return plain !== "" && from === plain;
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    const { plain, keyword, exported, from, click } = await colours();
    expect(from).toBe(plain);
    expect(click).toBe(plain);
    // The code around it keeps the grammar's colours.
    expect(keyword).not.toBe(plain);
    expect(exported).toBe(keyword);
  });

  it("loads the IDE and the AI's diff view with a clean console", async () => {
    const page = await ann.context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    try {
      await page.goto(`${platform.origin}/p/${projectId}/main.ts`);
      await waitForEditor(page);
      await waitForFeatures(page);

      // Review change shows a Monaco diff editor (its own services: IOutlineModelService...).
      fake.next({ kind: "answer", chunks: ["Try this:\n\n", "```ts path=main.ts\n", MAIN, "// done\n```\n"] });
      // (The AI tab by its exact name: the tab of "main.ts" has "ai" in it too.)
      await page.getByRole("tab", { name: "AI", exact: true }).click();
      const question = page.getByRole("textbox", { name: "Ask the AI" });
      await question.fill("Finish main.ts");
      await question.press("Enter");
      await page.getByRole("list", { name: "Conversation" }).getByRole("button", { name: "Review change" }).click();
      const dialog = page.getByRole("dialog", { name: "Change to main.ts" });
      await dialog.getByTestId("ai-diff").locator(".monaco-diff-editor .view-lines").first().waitFor();
      // (Monaco shows spaces as non-breaking ones.)
      await expect
        .poll(async () => (await dialog.getByTestId("ai-diff").textContent())?.replace(/\u00a0/g, " "))
        .toContain("// done");
      expect(problems).toEqual([]);
      expect(platform.output()).not.toContain("UNKNOWN service");
    } finally {
      await page.close();
    }
  });
});

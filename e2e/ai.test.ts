import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeServer } from "../packages/ai/src/test/startFakeServer.ts";
import { startOpenAiFake } from "../packages/ai/src/test/startOpenAiFake.ts";
import {
  askAi,
  createFileInUi,
  createProject,
  editor,
  editorText,
  newPerson,
  share,
  typeAtEnd,
  waitForEditor,
  type Person,
} from "./lib/ideDriver.ts";
import { launchChromium } from "./lib/launchChromium.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

let browser: Browser;
let platform: RunningPlatform;
let fake: FakeServer;
const people: Person[] = [];

beforeAll(async () => {
  // The local provider (OpenAI-compatible) sends the key "local".
  fake = await startOpenAiFake("local");
  [browser, platform] = await Promise.all([
    launchChromium(),
    startPlatform({ env: { LOCAL_AI_BASE_URL: fake.baseUrl, LOCAL_AI_MODEL: "llama3.2" } }),
  ]);
});

afterAll(async () => {
  for (const person of people) await person.context.close().catch(() => undefined);
  await browser?.close();
  await platform?.stop();
  await fake?.close();
});

async function person(name: string): Promise<Person> {
  const p = await newPerson(browser, platform.origin, name);
  people.push(p);
  return p;
}

const thread = (page: Page) => page.getByRole("list", { name: "Conversation" });
const original = "first line\nsecond line\n";
const proposed = "first line\nsecond line, improved by the AI\n";

describe("the AI panel in Chromium", () => {
  it("streams answers into a thread both people see, stops one, and applies a change the asker undoes in one step", async () => {
    const { origin } = platform;
    const [ann, bea] = await Promise.all([person("Ann"), person("Bea")]);
    const projectId = await createProject(ann, origin, "AI pairing");
    await share(ann, origin, projectId, bea, "editor");
    await ann.page.goto(`${origin}/p/${projectId}`);
    await createFileInUi(ann.page, "notes.md");
    await typeAtEnd(ann.page, original.trimEnd());
    await ann.page.keyboard.press("Enter");
    await bea.page.goto(`${origin}/p/${projectId}/notes.md`);
    await waitForEditor(bea.page);
    await expect.poll(() => editorText(bea.page), { timeout: 10_000 }).toContain("second line");

    // Ann opens the panel from the keyboard; the model list comes from the Worker.
    await ann.page.keyboard.press("Alt+a");
    const box = ann.page.getByRole("textbox", { name: "Ask the AI" });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => ann.page.getByRole("combobox", { name: "Model" }).textContent()).toContain("llama3.2");
    await box.fill("Improve the second line");
    await expect.poll(() => ann.page.getByTestId("ai-estimate").textContent()).toMatch(/≈ \d+ tokens/);

    // A streamed answer proposing the whole new file.
    fake.next({
      kind: "answer",
      chunks: ["Here is ", "a better version:\n\n", "```md path=notes.md\n", proposed, "```\n"],
    });
    await askAi(ann.page, "Improve the second line");
    await thread(ann.page).getByText("Here is a better version:").waitFor();
    await expect
      .poll(() => ann.page.getByTestId("ai-usage").first().textContent(), { timeout: 10_000 })
      .toMatch(/local:llama3\.2 · 21 in · 7 out · no charge/);

    // Bea sees the same thread live in her AI panel.
    await bea.page.getByRole("tab", { name: "AI" }).click();
    await thread(bea.page).getByText("Here is a better version:").waitFor({ timeout: 10_000 });
    await thread(bea.page).getByText("Improve the second line").waitFor();

    // A long answer, stopped mid-stream: the text so far stays, marked stopped, and the
    // provider's request is cut.
    fake.next({ kind: "stallAfterFirstChunk", chunks: ["A very long answer begins", " and never ends"] });
    const cut = fake.closedEarly();
    await askAi(ann.page, "Explain everything");
    await thread(ann.page).getByText("A very long answer begins").waitFor({ timeout: 10_000 });
    await ann.page.getByRole("button", { name: "Stop" }).click();
    await thread(ann.page).locator('[data-status="stopped"]').getByText("A very long answer begins").waitFor();
    await cut;
    await thread(bea.page).locator('[data-status="stopped"]').waitFor({ timeout: 10_000 });

    // Review the proposed change as a diff, and apply it as the AI.
    await thread(ann.page).getByRole("button", { name: "Review change" }).click();
    const dialog = ann.page.getByRole("dialog", { name: "Change to notes.md" });
    await dialog.getByTestId("ai-diff").locator(".monaco-diff-editor").waitFor();
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => editorText(ann.page)).toContain("second line, improved by the AI");
    await expect.poll(() => editorText(bea.page), { timeout: 10_000 }).toContain("second line, improved by the AI");
    // The AI shows in the room, to Bea, as a collaborator working for Ann.
    await bea.page.locator('.avatar--agent[title="AI (for Ann)"]').first().waitFor({ timeout: 10_000 });

    // One Ctrl+Z in Ann's editor takes the whole AI edit back, for both of them.
    await editor(ann.page).locator(".view-lines").click();
    await ann.page.keyboard.press("Control+z");
    await expect.poll(() => editorText(bea.page), { timeout: 10_000 }).not.toContain("improved by the AI");
    expect(await editorText(bea.page)).toContain("second line");
    expect(await editorText(ann.page)).not.toContain("improved by the AI");
    expect(await editorText(ann.page)).toContain("first line");
    expect(fake.problems).toEqual([]);
  });
});

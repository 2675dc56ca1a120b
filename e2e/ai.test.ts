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

// Nowhere: the platform has no key for these vendors, and nobody here tests one.
const unreachable = "http://127.0.0.1:9";

beforeAll(async () => {
  // The platform has no AI of its own: people bring their own OpenAI key, which the fake
  // (speaking OpenAI's wire format to the real SDK) accepts once the test says so.
  fake = await startOpenAiFake("no-platform-key");
  [browser, platform] = await Promise.all([
    launchChromium(),
    startPlatform({
      env: {
        ANTHROPIC_API_KEY: "",
        OPENAI_API_KEY: "",
        GOOGLE_API_KEY: "",
        LOCAL_AI_BASE_URL: "",
        LOCAL_AI_MODEL: "",
        OPENAI_BASE_URL: fake.baseUrl,
        ANTHROPIC_BASE_URL: unreachable,
        GOOGLE_BASE_URL: unreachable,
      },
    }),
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

/**
 * The editor's lines, each read on its own: after Apply, Ann's caret sits in the middle of a
 * line of Bea's editor, and `innerText` of the whole view breaks the line at that caret.
 */
const linesOf = async (page: Page) =>
  (await editor(page).locator(".view-line").allTextContents()).join("\n").replace(/\u00a0/g, " ");
const thread = (page: Page) => page.getByRole("list", { name: "Conversation" });
const original = "first line\nsecond line\n";
const proposed = "first line\nsecond line, improved by the AI\n";
const ownKey = `sk-own-openai-${crypto.randomUUID()}-1234`;
let ann: Person;

describe("the AI panel in Chromium", () => {
  it("tells a newcomer once that no model is available, sends nothing, and takes their own key in Settings", async () => {
    const { origin } = platform;
    ann = await person("Ann");
    const projectId = await createProject(ann, origin, "No AI yet");
    await ann.page.goto(`${origin}/p/${projectId}`);
    await ann.page.getByRole("tab", { name: "AI" }).click();
    const notice = ann.page.getByTestId("ai-no-model");
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      "No AI model is available to you yet: add your own key in Settings, or ask the platform's admin to configure one.",
    );
    // Said once, for the person: no variable names, and the composer does not repeat it.
    const panel = ann.page.getByRole("region", { name: "AI" });
    expect(await panel.getByText(/No AI model is available/).count()).toBe(1);
    expect(await panel.textContent()).not.toMatch(/_API_KEY|LOCAL_AI/);
    const box = ann.page.getByRole("textbox", { name: "Ask the AI" });
    expect(await box.isDisabled()).toBe(true);
    expect(await ann.page.getByTestId("ai-composer-blocked").textContent()).toBe(
      "Sending is off until an AI model is available to you.",
    );
    expect(await ann.page.getByRole("button", { name: "Send" }).isDisabled()).toBe(true);

    // The notice's link leads to the keys section of Settings.
    await notice.getByRole("link", { name: "add your own key in Settings" }).click();
    const keys = ann.page.getByRole("region", { name: "AI keys" });
    await keys.waitFor();
    const openai = keys.getByRole("group", { name: "OpenAI" });
    expect(await openai.getByTestId("ai-key-openai").textContent()).toBe("No key");

    // A key the vendor refuses: saved, masked, and the test says it does not work.
    await openai.getByLabel("OpenAI API key").fill("sk-revoked-key-0000");
    await openai.getByRole("button", { name: "Save key" }).click();
    await expect.poll(() => openai.getByTestId("ai-key-openai").textContent()).toMatch(/^••••0000, saved /);
    await openai.getByRole("button", { name: "Test OpenAI key" }).click();
    await expect
      .poll(() => openai.getByTestId("ai-key-test-openai").textContent())
      .toMatch(/^Does not work: OpenAI rejected the API key/);

    // Replaced by one the vendor accepts: the test says it works.
    fake.acceptKey(ownKey);
    await openai.getByLabel("New OpenAI key").fill(ownKey);
    await openai.getByRole("button", { name: "Replace key" }).click();
    await expect.poll(() => openai.getByTestId("ai-key-openai").textContent()).toMatch(/^••••1234, saved /);
    expect(await openai.getByTestId("ai-key-test-openai").count()).toBe(0);
    await openai.getByRole("button", { name: "Test OpenAI key" }).click();
    await expect
      .poll(() => openai.getByTestId("ai-key-test-openai").textContent())
      .toBe("Works: OpenAI accepted the key.");
    expect(fake.requests.filter((r) => r.method === "GET" && r.url === "/v1/models")).toHaveLength(2);

    // Another vendor's key, removed again; no key is ever shown back, after a reload too.
    const google = keys.getByRole("group", { name: "Google" });
    await google.getByLabel("Google API key").fill("AIza-test-key-5678");
    await google.getByRole("button", { name: "Save key" }).click();
    await expect.poll(() => google.getByTestId("ai-key-google").textContent()).toMatch(/^••••5678/);
    await google.getByRole("button", { name: "Remove Google key" }).click();
    await expect.poll(() => google.getByTestId("ai-key-google").textContent()).toBe("No key");
    await ann.page.reload();
    await expect.poll(() => openai.getByTestId("ai-key-openai").textContent()).toMatch(/^••••1234/);
    expect(await google.getByTestId("ai-key-google").textContent()).toBe("No key");
    expect(await ann.page.content()).not.toContain(ownKey.slice(0, 20));
    expect(fake.problems).toEqual([]);
  });

  it("streams answers into a thread both people see, stops one, and applies a change the asker undoes in one step", async () => {
    const { origin } = platform;
    const bea = await person("Bea");
    const projectId = await createProject(ann, origin, "AI pairing");
    await share(ann, origin, projectId, bea, "editor");
    await ann.page.goto(`${origin}/p/${projectId}`);
    await createFileInUi(ann.page, "notes.md");
    await typeAtEnd(ann.page, original.trimEnd());
    await ann.page.keyboard.press("Enter");
    await bea.page.goto(`${origin}/p/${projectId}/notes.md`);
    await waitForEditor(bea.page);
    await expect.poll(() => editorText(bea.page), { timeout: 10_000 }).toContain("second line");

    // Ann opens the panel from the keyboard; the model list comes from the Worker, with her own key's.
    await ann.page.keyboard.press("Alt+a");
    const box = ann.page.getByRole("textbox", { name: "Ask the AI" });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => ann.page.getByRole("combobox", { name: "Model" }).textContent()).toContain("GPT-5.4 mini");
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
      .toMatch(/openai:gpt-5\.4-mini · 21 in · 7 out · < \$0\.0001/);

    // Bea sees the same thread live in her AI panel.
    await bea.page.getByRole("tab", { name: "AI" }).click();
    await thread(bea.page).getByText("Here is a better version:").waitFor({ timeout: 10_000 });
    await thread(bea.page).getByText("Improve the second line").waitFor();

    // A long answer rewriting the file, stopped mid-stream: the text so far stays, marked
    // stopped, and the provider's request is cut. The half-written file offers no Apply (it
    // would cut notes.md to its first line), and says why, to both of them.
    fake.next({
      kind: "stallAfterFirstChunk",
      chunks: ["A very long answer begins:\n\n```md path=notes.md\nfirst line\n", "second line\n```\n"],
    });
    const cut = fake.closedEarly();
    await askAi(ann.page, "Rewrite everything");
    await thread(ann.page).getByText("A very long answer begins").waitFor({ timeout: 10_000 });
    await ann.page.getByRole("button", { name: "Stop" }).click();
    const stopped = thread(ann.page).locator('[data-status="stopped"]');
    await stopped.getByText("A very long answer begins").waitFor();
    await cut;
    const why = "The answer was stopped before notes.md was complete, so it cannot be applied";
    await expect.poll(() => stopped.getByTestId("ai-cut-short").textContent()).toContain(why);
    expect(await stopped.getByRole("button", { name: "Review change" }).count()).toBe(0);
    const stoppedForBea = thread(bea.page).locator('[data-status="stopped"]');
    await stoppedForBea.waitFor({ timeout: 10_000 });
    await expect.poll(() => stoppedForBea.getByTestId("ai-cut-short").textContent()).toContain(why);
    expect(await stoppedForBea.getByRole("button", { name: "Review change" }).count()).toBe(0);
    // A fresh page reads the same durable state from the document (a tab of its own, so
    // Bea's editor keeps its layout for the checks below).
    const fresh = await bea.context.newPage();
    await fresh.goto(`${origin}/p/${projectId}/notes.md`);
    await fresh.getByRole("tab", { name: "AI" }).click();
    await thread(fresh).locator('[data-status="stopped"]').getByTestId("ai-cut-short").waitFor({ timeout: 10_000 });
    await fresh.close();

    // Review the proposed change as a diff, and apply it as the AI.
    await thread(ann.page).getByRole("button", { name: "Review change" }).click();
    const dialog = ann.page.getByRole("dialog", { name: "Change to notes.md" });
    await dialog.getByTestId("ai-diff").locator(".monaco-diff-editor").waitFor();
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect.poll(() => editorText(ann.page)).toContain("second line, improved by the AI");
    await expect.poll(() => linesOf(bea.page), { timeout: 10_000 }).toContain("second line, improved by the AI");
    // The AI shows in the room, to Bea, as a collaborator working for Ann.
    await bea.page.locator('.avatar--agent[title="AI (for Ann)"]').first().waitFor({ timeout: 10_000 });

    // Apply left the caret in Ann's editor, at the change: one Ctrl+Z at once, with no click,
    // takes the whole AI edit back, for both of them, as the toast says.
    await ann.page.getByText("Ctrl+Z in the editor undoes it").waitFor();
    await expect.poll(() => editor(ann.page).evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await ann.page.keyboard.press("Control+z");
    await expect.poll(() => linesOf(bea.page), { timeout: 10_000 }).not.toContain("improved by the AI");
    expect(await linesOf(bea.page)).toContain("second line");
    expect(await editorText(ann.page)).not.toContain("improved by the AI");
    expect(await editorText(ann.page)).toContain("first line");
    expect(fake.problems).toEqual([]);
  });
});

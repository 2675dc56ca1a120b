import { mkdirSync } from "node:fs";
import { createFile } from "@wove/protocol";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAnthropicFake } from "../packages/ai/src/test/startAnthropicFake.ts";
import type { FakeServer } from "../packages/ai/src/test/startFakeServer.ts";
import { agentPlatformEnv, call, marker, turn } from "./lib/agentScript.ts";
import { createProject, newPerson, openPreview, post, type Person } from "./lib/ideDriver.ts";
import { launchChromium } from "./lib/launchChromium.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

/**
 * A person's first use of the builder agent, on a laptop-sized window: "Describe your app"
 * on the dashboard, the plan, approving it, a run that writes a small React app and its
 * log (whose file names open the files), the preview, undo; a run that fails on a build
 * error it never fixes; a run stopped and resumed. With WOVE_SHOTS set to a folder, each
 * step is also saved there as a screenshot, to look at.
 */

let browser: Browser;
let fake: FakeServer;
let platform: RunningPlatform;
let ana: Person;
const shots = process.env.WOVE_SHOTS;

beforeAll(async () => {
  fake = await startAnthropicFake();
  [browser, platform] = await Promise.all([
    launchChromium(),
    startPlatform({
      // One person runs every journey here, faster than a person asks.
      env: { ...agentPlatformEnv(fake), AI_REQUESTS_PER_MINUTE: "1000" },
    }),
  ]);
  ana = await newPerson(browser, platform.origin, "Ana", { viewport: { width: 1280, height: 800 } });
  if (shots) mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await ana?.context.close().catch(() => undefined);
  await browser?.close();
  await platform?.stop();
  await fake?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png` });
}

const PACKAGE = JSON.stringify({
  name: "counter",
  private: true,
  dependencies: { react: "^19.0.0", "react-dom": "^19.0.0" },
});
const PAGE =
  '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Counter</title></head>\n' +
  '<body>\n<div id="root"></div>\n<script type="module" src="/src/main.tsx"></script>\n</body>\n</html>\n';
const MAIN = `import { useState } from "react";
import { createRoot } from "react-dom/client";

function App() {
  const [count, setCount] = useState(0);
  return <button id="counter" onClick={() => setCount(count + 1)}>Clicked {count} times</button>;
}
createRoot(document.getElementById("root")!).render(<App />);
`;

/** On a failed expectation, what the run view said, to read in the test's output. */
async function explain<T>(page: Page, step: Promise<T>): Promise<T> {
  try {
    return await step;
  } catch (err) {
    console.error(
      await page
        .getByTestId("agent-run-view")
        .first()
        .innerText()
        .catch(() => "(no run view)"),
    );
    throw err;
  }
}

/** A new project of Ana's, open in the IDE on its Agent panel. */
async function openNewProject(name: string): Promise<Page> {
  const projectId = await createProject(ana, platform.origin, name);
  await ana.page.goto(`${platform.origin}/p/${projectId}`);
  await ana.page.getByRole("tab", { name: "Agent" }).click();
  return ana.page;
}

/** Whether the element is wholly inside the window, as a person sees it without scrolling. */
async function fitsInView(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}

const status = (page: Page) => page.getByTestId("agent-run-status").first().getAttribute("data-status");
const logText = async (page: Page) => (await page.getByTestId("agent-log-entry").allTextContents()).join("\n");

describe("the builder agent at first use", () => {
  it("builds a React app from the dashboard's description, links the log's files, previews it and undoes it", async () => {
    const { page } = ana;
    const tag = marker();
    fake.nextMatching(
      tag,
      turn(
        call("list_files", {}),
        call("set_plan", {
          title: "A counter",
          steps: [
            { title: "Write the page and its React entry", files: ["package.json", "index.html", "src/main.tsx"] },
            { title: "Build and look at it", files: [] },
          ],
        }),
      ),
      turn(
        call("write_file", { path: "package.json", content: PACKAGE }),
        call("write_file", { path: "index.html", content: PAGE }),
        call("write_file", { path: "src/main.tsx", content: MAIN }),
      ),
      // finish builds and looks at the page itself before the run succeeds.
      turn(call("finish", { summary: "A counter button in React. Click it to count." })),
    );
    await page.goto(platform.origin);
    await page.getByTestId("describe-app").fill(`A counter button ${tag}`);
    await shot(page, "01-dashboard");
    await page.getByTestId("build-it").click();

    await page.waitForURL(/\/p\//);
    await expect.poll(() => page.getByRole("tab", { name: "Agent" }).getAttribute("aria-selected")).toBe("true");
    await shot(page, "02-ide-opens");
    await expect.poll(() => status(page), { timeout: 60_000 }).toBe("awaiting_approval");
    await shot(page, "03-plan");
    // The prompt folds away while the run works: the plan's Approve is in view, not below it.
    expect(await page.getByTestId("agent-prompt").count()).toBe(0);
    expect(await fitsInView(page, page.getByTestId("agent-approve"))).toBe(true);
    // Every side panel tab can be seen, none cut off at the panel's edge.
    expect(await fitsInView(page, page.getByRole("tab", { name: "Deploys" }))).toBe(true);
    await page.getByTestId("agent-approve").click();
    await expect.poll(() => status(page), { timeout: 90_000 }).toBe("succeeded");
    await shot(page, "04-succeeded");
    // Scrolled down past the run's prompt to its log, its status is still in sight, not
    // scrolled away under the tabs.
    await page.setViewportSize({ width: 1280, height: 500 });
    const body = page.locator(".agent-panel .side-panel__body");
    const prompt = page.locator(".agent-run__prompt").first();
    const scrolledPast = await body.evaluate(
      (element, below) => {
        element.scrollTop = element.scrollHeight;
        return (below?.getBoundingClientRect().bottom ?? Infinity) < element.getBoundingClientRect().top;
      },
      await prompt.elementHandle(),
    );
    expect(scrolledPast).toBe(true);
    const statusTop = (await page.getByTestId("agent-run-status").first().boundingBox())?.y ?? -1;
    expect(statusTop).toBeGreaterThanOrEqual((await body.boundingBox())?.y ?? Infinity);
    await shot(page, "04b-scrolled-to-log");
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await logText(page)).toContain("src/main.tsx");
    // A file the log names opens in the editor from there.
    await page
      .getByTestId("agent-log-entry")
      .getByRole("button", { name: "src/main.tsx", exact: true })
      .first()
      .click();
    await expect.poll(() => page.getByRole("tab", { name: /main\.tsx/ }).getAttribute("aria-selected")).toBe("true");

    const frame = await openPreview(page);
    await expect
      .poll(
        () =>
          frame
            .locator("#counter")
            .textContent({ timeout: 1_000 })
            .catch(() => ""),
        { timeout: 60_000 },
      )
      .toBe("Clicked 0 times");
    await shot(page, "05-preview");

    await page.getByRole("tab", { name: "Agent" }).click();
    await page.getByTestId("agent-undo").click();
    await shot(page, "06-undo-dialog");
    await page.getByTestId("agent-undo-confirm").click();
    await page.getByTestId("agent-undo-result").waitFor();
    await shot(page, "07-undone");
    expect(fake.problems).toEqual([]);
  });

  it("says how a run failed on a build error it never fixed", async () => {
    const page = await openNewProject("Broken");
    const tag = marker();
    // A syntax error no deterministic fix knows, in the page's entry, written again each time.
    const broken = MAIN.replace("useState(0)", "useState(0;");
    const rewrite = () => call("write_file", { path: "src/main.tsx", content: broken });
    fake.nextMatching(
      tag,
      turn(call("set_plan", { title: "Broken", steps: [{ title: "Write it", files: ["src/main.tsx"] }] })),
      turn(call("write_file", { path: "index.html", content: PAGE }), rewrite(), call("run_build", {})),
      turn(rewrite(), call("run_build", {})),
      turn(rewrite(), call("run_build", {})),
      turn(call("finish", { summary: "never reached" })),
    );
    await page.getByTestId("agent-prompt").fill(`Something that breaks ${tag}`);
    await page.getByTestId("agent-run").click();
    await expect.poll(() => status(page), { timeout: 60_000 }).toBe("awaiting_approval");
    await page.getByTestId("agent-approve").click();
    await explain(page, expect.poll(() => status(page), { timeout: 90_000 }).toBe("failed"));
    await shot(page, "08-failed");
    // The error says where the build broke, and that place opens from it.
    const error = page.getByTestId("agent-run-error");
    expect(await error.textContent()).toContain("src/main.tsx:5:");
    expect(await error.getAttribute("role")).toBe("alert");
    await error.getByRole("button", { name: /^src\/main\.tsx:5:\d+$/ }).click();
    await expect.poll(() => page.getByRole("tab", { name: /main\.tsx/ }).getAttribute("aria-selected")).toBe("true");
  });

  it("stops a run in the middle of a model call and resumes it", async () => {
    const page = await openNewProject("About");
    const tag = marker();
    fake.nextMatching(
      tag,
      turn(call("set_plan", { title: "Page", steps: [{ title: "Write it", files: ["index.html"] }] })),
      turn(call("write_file", { path: "index.html", content: "<h1>About</h1>\n" })),
      { kind: "stall" },
      turn(call("finish", { summary: "Wrote the about page" })),
    );
    await page.getByTestId("agent-prompt").fill(`An about page ${tag}`);
    await page.getByTestId("agent-run").click();
    await expect.poll(() => status(page), { timeout: 60_000 }).toBe("awaiting_approval");
    await page.getByTestId("agent-approve").click();
    await expect.poll(() => logText(page), { timeout: 60_000 }).toContain("created index.html");
    await shot(page, "09-running");
    await page.getByTestId("agent-stop").click();
    await expect.poll(() => status(page), { timeout: 60_000 }).toBe("stopped");
    await shot(page, "10-stopped");
    // Stopped by a person is a notice beside Resume, not an error.
    const reason = page.getByTestId("agent-run-error");
    expect(await reason.textContent()).toBe("Stopped by Ana");
    expect(await reason.getAttribute("role")).toBeNull();
    await page.getByTestId("agent-resume").click();
    await explain(page, expect.poll(() => status(page), { timeout: 60_000 }).toBe("succeeded"));
    await shot(page, "11-resumed");
  });

  it("shows a working agent run in the presence bar as the agent, not a person, and follows it to its file", async () => {
    const projectId = await createProject(ana, platform.origin, "Watched");
    // The room's own entry for a run, as it publishes it: an awareness client of its own.
    const { token } = await post<{ token: string }>(ana, platform.origin, `/api/projects/${projectId}/room-token`, {});
    const doc = new Y.Doc();
    const agent = new WebsocketProvider(
      `${platform.origin.replace(/^http/, "ws")}/api/projects`,
      `${projectId}/sync`,
      doc,
      {
        params: { token },
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      },
    );
    try {
      await new Promise<void>((resolve) => agent.once("sync", () => resolve()));
      const created = createFile(doc, { path: "src/app.tsx", text: "export const app = 1;\n" });
      if (!created.ok) throw new Error(`could not write src/app.tsx: ${JSON.stringify(created)}`);
      const fileId = created.value;
      const { page } = ana;
      await page.goto(`${platform.origin}/p/${projectId}`);
      await page.getByRole("tab", { name: "People" }).click();
      agent.awareness.setLocalState({
        user: { name: "AI agent", color: "#7c3aed", id: "agent:run-watched" },
        file: fileId,
        cursor: null,
        agentRun: { runId: "run-watched", for: "Ana", activity: "writing" },
      });
      const row = page.locator('[data-agent-run="run-watched"]');
      await expect.poll(() => row.textContent()).toContain("writing src/app.tsx for Ana");
      expect(await row.locator(".badge--ai").textContent()).toBe("AI");
      // Counted apart from the people: Ana is alone here, with the agent.
      expect(await page.locator(".ide-header__people").getAttribute("aria-label")).toBe(
        "1 here: Ana; and AI agent for Ana",
      );
      await shot(page, "12-agent-in-presence");
      await row.getByRole("button", { name: "Follow AI agent" }).click();
      await expect.poll(() => page.getByRole("tab", { name: /app\.tsx/ }).getAttribute("aria-selected")).toBe("true");
      agent.awareness.setLocalState(null);
      await expect.poll(() => row.count()).toBe(0);
    } finally {
      agent.destroy();
    }
  });
});

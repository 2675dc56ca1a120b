import { findFile, readText } from "@wove/protocol";
import type { Browser } from "playwright-core";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAnthropicFake } from "../packages/ai/src/test/startAnthropicFake.ts";
import type { FakeServer } from "../packages/ai/src/test/startFakeServer.ts";
import { agentPlatformEnv, call, marker, turn } from "./lib/agentScript.ts";
import { ApiClient } from "./lib/apiClient.ts";
import { createProject, editorText, newPerson, remoteCursorNames, share, type Person } from "./lib/ideDriver.ts";
import { launchChromium } from "./lib/launchChromium.ts";
import { startPlatform, type RunningPlatform } from "./lib/startPlatform.ts";

/**
 * The builder agent as people meet it: two people in one room watch the same run's plan and
 * log arrive, either approves, both see the files; and a whole stack killed mid-run (SIGKILL)
 * picks the run up where it was when it starts again. The model is the Anthropic fake,
 * scripted turn by turn, behind the real SDK.
 */

let browser: Browser;
let fake: FakeServer;
const platforms: RunningPlatform[] = [];
const people: Person[] = [];

const platformEnv = () => agentPlatformEnv(fake);

beforeAll(async () => {
  fake = await startAnthropicFake();
  browser = await launchChromium();
});

afterAll(async () => {
  for (const person of people) await person.context.close().catch(() => undefined);
  await browser?.close();
  for (const platform of platforms) await platform.stop();
  await fake?.close();
});

/** A file's text as the room holds it, read by a y-websocket client as any collaborator would. */
async function roomText(
  origin: string,
  person: ApiClient,
  projectId: string,
  path: string,
): Promise<string | undefined> {
  const token = await person.roomToken(projectId);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${origin.replace(/^http/, "ws")}/api/projects/${projectId}`, "sync", doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    await new Promise<void>((resolve) => provider.once("sync", () => resolve()));
    const id = findFile(doc, path);
    return id === undefined ? undefined : readText(doc, id);
  } finally {
    provider.destroy();
  }
}

describe("the builder agent in the room", () => {
  it("shows two people the same plan and log live; either approves; both watch the file arrive with the agent's caret", async () => {
    const platform = await startPlatform({ env: platformEnv() });
    platforms.push(platform);
    const { origin } = platform;
    const [ann, bea] = await Promise.all([newPerson(browser, origin, "Ann"), newPerson(browser, origin, "Bea")]);
    people.push(ann, bea);
    const projectId = await createProject(ann, origin, "Agent room");
    await share(ann, origin, projectId, bea, "editor");
    const tag = marker();
    const gate = marker();
    const page = `<!doctype html>\n<h1>Hello from the agent</h1>\n${Array.from({ length: 16 }, (_, i) => `<p>Line ${i + 1}</p>\n`).join("")}`;
    fake.nextMatching(
      tag,
      turn(
        call("list_files", {}),
        call("set_plan", { title: "Greeting page", steps: [{ title: "Write the page", files: ["index.html"] }] }),
      ),
      // Held inside write_file's arguments until released: the file is part written.
      { ...turn(call("write_file", { path: "index.html", content: page })), holdAt: gate },
      turn(call("finish", { summary: "Wrote a greeting page" })),
    );

    for (const person of [ann, bea]) {
      await person.page.goto(`${origin}/p/${projectId}`);
      await person.page.getByRole("tab", { name: "Agent" }).click();
    }
    await ann.page.getByTestId("agent-prompt").fill(`A greeting page ${tag}`);
    await ann.page.getByTestId("agent-run").click();

    // Both see the plan at the gate, from the document, not from their own request.
    for (const person of [ann, bea]) {
      await expect
        .poll(() => person.page.getByTestId("agent-run-status").first().getAttribute("data-status"))
        .toBe("awaiting_approval");
      // Editors get the steps as inputs, to edit before approving.
      const step = person.page.getByTestId("agent-plan-step").first().locator("input").first();
      await expect.poll(() => step.inputValue()).toBe("Write the page");
    }
    await bea.page.getByTestId("agent-approve").click();

    // The file appears as the model writes it; Bea opens it and sees the agent's caret there
    // (short enough for the editor to show it whole: Monaco renders only the lines in view).
    await bea.page.getByRole("treeitem", { name: /index\.html/ }).click();
    await expect.poll(() => remoteCursorNames(bea.page), { timeout: 30_000 }).toContain("AI agent");
    const part = await editorText(bea.page);
    expect(part.length).toBeGreaterThan(0);
    expect(part.length).toBeLessThan(page.length);
    expect(page.startsWith(part)).toBe(true);
    fake.release(gate);
    // (The editor shows no line after the last newline.)
    await expect.poll(() => editorText(bea.page), { timeout: 30_000 }).toBe(page.trimEnd());

    for (const person of [ann, bea]) {
      await expect
        .poll(() => person.page.getByTestId("agent-run-status").first().getAttribute("data-status"), {
          timeout: 60_000,
        })
        .toBe("succeeded");
      await expect
        .poll(() => person.page.getByTestId("agent-plan-step").first().getAttribute("data-status"))
        .toBe("done");
      const log = await person.page.getByTestId("agent-log-entry").allTextContents();
      expect(log.join("\n")).toContain("approved the plan");
      expect(log.join("\n")).toContain("created index.html");
      await expect.poll(() => person.page.getByRole("treeitem", { name: /index\.html/ }).count()).toBeGreaterThan(0);
    }
    expect(fake.problems).toEqual([]);
  });

  it("goes on after the whole stack was SIGKILLed mid-run, without repeating a finished turn's edit", async () => {
    const platform = await startPlatform({ env: platformEnv() });
    const { dataDir, port, origin } = platform;
    const person = await ApiClient.signUp(origin, "Kim");
    const project = await person.json<{ id: string }>("/api/projects", {
      method: "POST",
      json: { name: "Killed", visibility: "private" },
    });
    const projectId = project.body.id;
    const tag = marker();
    const before = fake.requests.length;
    fake.nextMatching(
      tag,
      turn(call("set_plan", { title: "Page", steps: [{ title: "Write it", files: ["index.html"] }] })),
      // Its edit's replacement contains its find: applied twice, the paragraph would double.
      turn(
        call("write_file", { path: "index.html", content: "<p>one</p>\n" }),
        call("edit_file", { path: "index.html", edits: [{ find: "<p>one</p>", replace: "<p>one</p><p>two</p>" }] }),
      ),
      // The third turn's model call never answers: the stack dies while the run is in it.
      { kind: "stall" },
      turn(call("finish", { summary: "Wrote the page" })),
    );
    const started = await person.json<{ run: { id: string } }>(`/api/projects/${projectId}/agent-runs`, {
      method: "POST",
      json: { prompt: `Write a page ${tag}`, autoApprove: true },
    });
    expect(started.status).toBe(202);
    const runId = started.body.run.id;
    const ours = () => fake.requests.slice(before).filter((r) => JSON.stringify(r.body).includes(tag)).length;
    await expect.poll(ours, { timeout: 60_000 }).toBe(3);

    platform.process.kill("SIGKILL");
    await platform.stop();
    const again = await startPlatform({ dataDir, port, env: platformEnv() });
    platforms.push(again);
    // The launcher picks the runs up once the platform answers (startPlatform returns at its first answer).
    await expect
      .poll(() => again.output(), { timeout: 60_000 })
      .toContain("Agent runs picked up after the restart: 1 resumed");

    // The session survives the restart (it is in the embedded Postgres, in the same folder).
    const status = async () =>
      (await person.json<{ run: { status: string } }>(`/api/projects/${projectId}/agent-runs/${runId}`)).body.run
        .status;
    await expect.poll(status, { timeout: 90_000 }).toBe("succeeded");
    // Turns one and two were not asked again; the third was (its answer never came).
    expect(ours()).toBe(4);
    expect(await roomText(origin, person, projectId, "index.html")).toBe("<p>one</p><p>two</p>\n");
  });
});

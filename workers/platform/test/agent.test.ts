import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { FakeToolCall } from "../../../packages/ai/src/test/startFakeServer.ts";
import { findFile, readAwarenessEntries, textOf } from "@wove/protocol";
import { newMarker, queueBehaviours, releaseHeld, requestsTo } from "./lib/aiFakes.ts";
import { RoomPeer } from "./lib/RoomPeer.ts";
import { makePeople, makeProject, type People } from "./lib/world.ts";

/**
 * The builder agent end to end in workerd: the real router and Anthropic SDK against the
 * vendor fake, scripted turn by turn (each turn's tool calls in Anthropic's streaming format),
 * a real Workflow per run, the room, Postgres and esbuild-wasm.
 */

let people: People;
let teamId: string;

beforeAll(async () => {
  ({ people, teamId } = await makePeople());
}, 60_000);

const MODEL = "anthropic:claude-sonnet-5-5";
let calls = 0;
const call = (name: string, args: unknown): FakeToolCall => ({
  id: `toolu_${++calls}`,
  name,
  arguments: typeof args === "string" ? args : JSON.stringify(args),
});
const turn = (...toolCalls: FakeToolCall[]) => ({ kind: "answer" as const, chunks: ["Working."], toolCalls });

interface RunJson {
  id: string;
  status: string;
  plan: { title: string; steps: Array<{ title: string; files: string[]; status: string }> } | null;
  steps: Array<{ title: string; status: string }>;
  log?: Array<{ kind: string; text: string; by?: { name: string } }>;
  estimate?: { costUsd: number; inputTokens: number } | null;
  fixedWithoutModel?: number;
  usage: { inputTokens: number; outputTokens: number; costUsd: number };
  filesChanged: string[];
  error?: string;
  summary?: string;
}

async function runOf(projectId: string, runId: string): Promise<RunJson> {
  const res = await people.owner.json<{ run: RunJson }>(`/api/projects/${projectId}/agent-runs/${runId}`);
  expect(res.status).toBe(200);
  return res.body.run;
}

async function waitFor(projectId: string, runId: string, statuses: string[]): Promise<RunJson> {
  let run = await runOf(projectId, runId);
  for (let i = 0; i < 900 && !statuses.includes(run.status); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    run = await runOf(projectId, runId);
  }
  expect(run.status, JSON.stringify(run.log?.slice(-5))).toBeOneOf(statuses);
  return run;
}

const files = async (projectId: string, paths: string[]) =>
  Object.fromEntries((await env.ROOMS.getByName(projectId).readTextFiles(paths)).map((f) => [f.path, f.text]));

const PAGE = `<!doctype html>\n<title>Counter</title>\n<button id="count">0</button>\n<script type="module" src="/src/main.ts"></script>\n`;
const MAIN = `import { start } from "./counter";\nstart(document.getElementById("count")!);\n`;
const BROKEN = `export function start(button: HTMLElement) {\n  let count: number = ;\n  button.onclick = () => (button.textContent = String(++count));\n}\n`;

describe("the builder agent", { timeout: 120_000 }, () => {
  it("plans, waits for approval, writes three files, fixes a build error from its text and ends with a 2xx preview", async () => {
    const project = await makeProject(people, teamId, "private");
    const marker = newMarker();
    const plan = {
      title: "Counter page",
      steps: [
        { title: "Write the page", files: ["index.html"] },
        { title: "Write the script", files: ["src/main.ts", "src/counter.ts"] },
      ],
    };
    await queueBehaviours(
      "anthropic",
      marker,
      turn(call("list_files", {}), call("set_plan", plan)),
      turn(
        call("write_file", { path: "index.html", content: PAGE }),
        call("write_file", { path: "src/main.ts", content: MAIN }),
        call("write_file", { path: "src/counter.ts", content: BROKEN }),
        call("run_build", {}),
      ),
      turn(
        call("edit_file", {
          path: "src/counter.ts",
          edits: [{ find: "let count: number = ;", replace: "let count = 0;" }],
        }),
        call("run_build", {}),
      ),
      turn(call("check_preview", {})),
      turn(call("finish", { summary: "A counter page" })),
    );
    const started = await people.editor.json<{ run: { id: string; status: string } }>(
      `/api/projects/${project.id}/agent-runs`,
      {
        method: "POST",
        json: { prompt: `Build a counter page ${marker}`, model: MODEL },
      },
    );
    expect(started.status).toBe(202);
    expect(started.body.run.status).toBe("planning");
    const runId = started.body.run.id;

    const gated = await waitFor(project.id, runId, ["awaiting_approval"]);
    expect(gated.plan?.title).toBe("Counter page");
    expect(gated.estimate?.costUsd).toBeGreaterThan(0);
    // Nothing is written before the plan is approved.
    expect(await files(project.id, ["index.html"])).toEqual({});

    const byViewer = await people.viewer.json(`/api/projects/${project.id}/agent-runs/${runId}/approve`, {
      method: "POST",
      json: {},
    });
    expect(byViewer.status).toBe(403);
    const approved = await people.owner.json(`/api/projects/${project.id}/agent-runs/${runId}/approve`, {
      method: "POST",
      json: {},
    });
    expect(approved.status).toBe(200);

    const done = await waitFor(project.id, runId, ["succeeded", "failed"]);
    expect(done.status, done.error).toBe("succeeded");
    expect(done.summary).toBe("A counter page");
    expect(done.filesChanged.sort()).toEqual(["index.html", "src/counter.ts", "src/main.ts"]);
    expect(done.steps.map((step) => step.status)).toEqual(["done", "done"]);
    expect(done.usage.inputTokens).toBeGreaterThan(0);
    const texts = await files(project.id, ["index.html", "src/counter.ts"]);
    expect(texts["index.html"]).toBe(PAGE);
    expect(texts["src/counter.ts"]).toContain("let count = 0;");
    const log = (done.log ?? []).map((line) => line.text);
    expect(log.some((line) => line.startsWith("build failed: src/counter.ts:2:"))).toBe(true);
    expect(log).toContain("build ok");
    expect(log.some((line) => line.startsWith("preview /: 200"))).toBe(true);

    // The model was shown the build error as esbuild wrote it, file:line:column first.
    const { requests, problems } = await requestsTo("anthropic", marker);
    expect(problems).toEqual([]);
    expect(JSON.stringify(requests[2]?.body.messages)).toContain("src/counter.ts:2:");
    // The planning turn is offered only the tools that look and plan.
    expect((requests[0]?.body.tools as Array<{ name: string }>).map((tool) => tool.name).sort()).toEqual([
      "list_files",
      "read_file",
      "search",
      "set_plan",
    ]);
  });

  it("tells the model what was wrong with a bad call, and goes on: unknown tool, invalid JSON, a find that misses", async () => {
    const project = await makeProject(people, teamId, "private");
    const marker = newMarker();
    await env.ROOMS.getByName(project.id).writeFiles([{ path: "index.html", text: "<h1>Hello</h1>\n" }], "test");
    await queueBehaviours(
      "anthropic",
      marker,
      turn(call("set_plan", { title: "Greeting", steps: [{ title: "Change the heading", files: ["index.html"] }] })),
      turn(
        call("launch_rockets", {}),
        call("edit_file", '{"path": "index.html", "edits": [{"find": '),
        call("edit_file", { path: "index.html", edits: [{ find: "<h1>Goodbye</h1>", replace: "<h1>Hi</h1>" }] }),
      ),
      turn(call("edit_file", { path: "index.html", edits: [{ find: "<h1>Hello</h1>", replace: "<h1>Hi</h1>" }] })),
      turn(call("finish", { summary: "Changed the heading" })),
    );
    const started = await people.owner.json<{ run: { id: string } }>(`/api/projects/${project.id}/agent-runs`, {
      method: "POST",
      json: { prompt: `Say hi ${marker}`, model: MODEL, autoApprove: true },
    });
    const done = await waitFor(project.id, started.body.run.id, ["succeeded", "failed"]);
    expect(done.status, done.error).toBe("succeeded");
    expect((await files(project.id, ["index.html"]))["index.html"]).toBe("<h1>Hi</h1>\n");
    const { requests } = await requestsTo("anthropic", marker);
    const results = JSON.stringify(requests[2]?.body.messages);
    expect(results).toContain("launch_rockets");
    expect(results).toContain("not valid JSON");
    expect(results).toContain("matched 0 times");
  });

  it("undo takes back exactly the run's changes and keeps what a person typed in the same file", async () => {
    const project = await makeProject(people, teamId, "private");
    const marker = newMarker();
    const room = env.ROOMS.getByName(project.id);
    await room.writeFiles([{ path: "index.html", text: "<h1>Hello</h1>\n<p>Intro</p>\n" }], "test");
    await queueBehaviours(
      "anthropic",
      marker,
      turn(call("set_plan", { title: "Edit", steps: [{ title: "Edit the page", files: ["index.html"] }] })),
      turn(
        call("edit_file", {
          path: "index.html",
          edits: [{ find: "<h1>Hello</h1>", replace: "<h1>Hello, agent</h1>" }],
        }),
        call("write_file", { path: "about.html", content: "<p>About</p>\n" }),
      ),
      turn(call("finish", { summary: "Edited" })),
    );
    const started = await people.owner.json<{ run: { id: string } }>(`/api/projects/${project.id}/agent-runs`, {
      method: "POST",
      json: { prompt: `Edit the page ${marker}`, model: MODEL, autoApprove: true },
    });
    const runId = started.body.run.id;
    await waitFor(project.id, runId, ["succeeded"]);
    // A person types into the file the agent edited, after it.
    await room.writeFiles(
      [{ path: "index.html", text: "<h1>Hello, agent</h1>\n<p>Intro, by a person</p>\n" }],
      "person",
    );

    const undone = await people.editor.json<{ reverted: number; skipped: string[] }>(
      `/api/projects/${project.id}/agent-runs/${runId}/undo`,
      { method: "POST" },
    );
    expect(undone.status).toBe(200);
    expect(await files(project.id, ["index.html", "about.html"])).toEqual({
      "index.html": "<h1>Hello</h1>\n<p>Intro, by a person</p>\n",
    });
  });

  it("writes a new file into the room as the model streams it, with its caret there, and keeps a person's typing in it", async () => {
    const project = await makeProject(people, teamId, "private");
    const marker = newMarker();
    const gate = newMarker();
    const room = env.ROOMS.getByName(project.id);
    await room.writeFiles([{ path: "index.html", text: "<h1>Notes</h1>\n" }], "test");
    const notes = Array.from({ length: 80 }, (_, i) => `- note ${i + 1}: ${"words ".repeat(6)}\n`).join("");
    await queueBehaviours(
      "anthropic",
      marker,
      turn(call("set_plan", { title: "Notes", steps: [{ title: "Write them", files: ["notes.md"] }] })),
      { ...turn(call("write_file", { path: "notes.md", content: notes })), holdAt: gate },
      turn(call("finish", { summary: "Wrote the notes" })),
    );
    const peer = await RoomPeer.join(people.owner, project.id);
    const started = await people.teamMember.json<{ run: { id: string } }>(`/api/projects/${project.id}/agent-runs`, {
      method: "POST",
      json: { prompt: `Write notes ${marker}`, model: MODEL, autoApprove: true },
    });
    const runId = started.body.run.id;

    // The answer is held inside write_file's arguments: part of the file is in already.
    const partOf = () => {
      const id = findFile(peer.doc, "notes.md");
      return id === undefined ? undefined : textOf(peer.doc, id)?.toString();
    };
    for (let i = 0; i < 300 && !partOf(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
    const part = partOf() ?? "";
    expect(part.length).toBeGreaterThan(0);
    expect(part.length).toBeLessThan(notes.length);
    expect(notes.startsWith(part)).toBe(true);
    // Everyone sees the agent in that file, its caret at the end of what it wrote.
    const fileId = findFile(peer.doc, "notes.md")!;
    const agent = peer.awareness
      .flatMap((update) => readAwarenessEntries(update))
      .map(
        (entry) => JSON.parse(entry.state) as { file?: string; cursor?: unknown; agentRun?: { runId: string } } | null,
      )
      .findLast((state) => state?.agentRun?.runId === runId);
    expect(agent?.file).toBe(fileId);
    expect(agent?.cursor).not.toBeNull();

    // A person types right after the agent's text while it is still writing.
    const ytext = textOf(peer.doc, fileId)!;
    ytext.insert(ytext.length, "(a person's line)\n");
    await new Promise((resolve) => setTimeout(resolve, 300));
    await releaseHeld("anthropic", gate);
    const done = await waitFor(project.id, runId, ["succeeded", "failed"]);
    expect(done.status, done.error).toBe("succeeded");
    expect((await files(project.id, ["notes.md"]))["notes.md"]).toBe(`${notes}(a person's line)\n`);

    // Undo takes the agent's text, streamed in pieces, and leaves the person's.
    const undone = await people.owner.json(`/api/projects/${project.id}/agent-runs/${runId}/undo`, { method: "POST" });
    expect(undone.status).toBe(200);
    expect((await files(project.id, ["notes.md"]))["notes.md"]).toBe("(a person's line)\n");
    peer.close();
  });

  it("counts a run's turns against the budgets but not against the starter's requests a minute", async () => {
    const project = await makeProject(people, teamId, "private");
    const marker = newMarker();
    await env.ROOMS.getByName(project.id).writeFiles([{ path: "index.html", text: "<p>hi</p>\n" }], "test");
    // More turns than AI_REQUESTS_PER_MINUTE (20) allows a person's requests in a minute.
    await queueBehaviours(
      "anthropic",
      marker,
      turn(call("set_plan", { title: "Look", steps: [{ title: "Look around", files: ["index.html"] }] })),
      ...Array.from({ length: 22 }, () => turn(call("list_files", {}))),
      turn(call("finish", { summary: "Looked" })),
    );
    const started = await people.editor.json<{ run: { id: string } }>(`/api/projects/${project.id}/agent-runs`, {
      method: "POST",
      json: { prompt: `Look around ${marker}`, model: MODEL, autoApprove: true },
    });
    const done = await waitFor(project.id, started.body.run.id, ["succeeded", "failed", "stopped"]);
    expect(done.status, done.error).toBe("succeeded");
    expect((await requestsTo("anthropic", marker)).requests).toHaveLength(24);
  });

  it("ends a run whose model keeps answering without using a tool, saying so", async () => {
    const project = await makeProject(people, teamId, "private");
    const marker = newMarker();
    const talk = { kind: "answer" as const, chunks: ["I would write the page now."] };
    await queueBehaviours(
      "anthropic",
      marker,
      turn(call("set_plan", { title: "Page", steps: [{ title: "Write it", files: ["index.html"] }] })),
      talk,
      talk,
      talk,
      turn(call("finish", { summary: "never reached" })),
    );
    const started = await people.owner.json<{ run: { id: string } }>(`/api/projects/${project.id}/agent-runs`, {
      method: "POST",
      json: { prompt: `Write a page ${marker}`, model: MODEL, autoApprove: true },
    });
    const done = await waitFor(project.id, started.body.run.id, ["succeeded", "failed", "stopped"]);
    expect(done.status).toBe("failed");
    expect(done.error).toBe("The model answered 3 times in a row without using a tool");
    expect((await requestsTo("anthropic", marker)).requests).toHaveLength(4);
  });

  it("stops at once and resumes from the turn it was on, without repeating finished turns", async () => {
    const project = await makeProject(people, teamId, "private");
    const marker = newMarker();
    await queueBehaviours(
      "anthropic",
      marker,
      turn(call("set_plan", { title: "Page", steps: [{ title: "Write it", files: ["index.html"] }] })),
      turn(call("write_file", { path: "index.html", content: "<p>one</p>\n" })),
      { kind: "stall" },
      turn(call("finish", { summary: "Wrote the page" })),
    );
    const started = await people.owner.json<{ run: { id: string } }>(`/api/projects/${project.id}/agent-runs`, {
      method: "POST",
      json: { prompt: `Write a page ${marker}`, model: MODEL, autoApprove: true },
    });
    const runId = started.body.run.id;
    // The third request stalls: the run is in its third turn.
    for (let i = 0; i < 200 && (await requestsTo("anthropic", marker)).requests.length < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const stop = await people.editor.json(`/api/projects/${project.id}/agent-runs/${runId}/stop`, { method: "POST" });
    expect(stop.status).toBe(200);
    const stopped = await waitFor(project.id, runId, ["stopped"]);
    expect(stopped.error).toBe("Stopped by Editor");

    const resumed = await people.editor.json(`/api/projects/${project.id}/agent-runs/${runId}/resume`, {
      method: "POST",
      json: {},
    });
    expect(resumed.status).toBe(202);
    const done = await waitFor(project.id, runId, ["succeeded", "failed"]);
    expect(done.status, done.error).toBe("succeeded");
    // Four model calls: plan, write, the stalled one, and the resumed turn; the write happened once.
    expect((await requestsTo("anthropic", marker)).requests).toHaveLength(4);
    expect((await files(project.id, ["index.html"]))["index.html"]).toBe("<p>one</p>\n");
  });

  it("reads editors' messages at its next turn, and queues a second run behind the first", async () => {
    const project = await makeProject(people, teamId, "private");
    const marker = newMarker();
    const second = newMarker();
    await queueBehaviours(
      "anthropic",
      marker,
      turn(call("set_plan", { title: "Page", steps: [{ title: "Write it", files: ["index.html"] }] })),
    );
    await queueBehaviours(
      "anthropic",
      `use Tailwind`,
      turn(call("write_file", { path: "index.html", content: "<p>styled</p>\n" })),
      turn(call("finish", { summary: "Wrote it" })),
    );
    await queueBehaviours("anthropic", second, turn(call("set_plan", { title: "Next", steps: [{ title: "More" }] })));
    const first = await people.owner.json<{ run: { id: string } }>(`/api/projects/${project.id}/agent-runs`, {
      method: "POST",
      json: { prompt: `Write a page ${marker}`, model: MODEL },
    });
    const runId = first.body.run.id;
    await waitFor(project.id, runId, ["awaiting_approval"]);
    const queued = await people.editor.json<{ run: { id: string; status: string } }>(
      `/api/projects/${project.id}/agent-runs`,
      {
        method: "POST",
        json: { prompt: `Then more ${second}`, model: MODEL },
      },
    );
    expect(queued.body.run.status).toBe("queued");

    const sent = await people.editor.json(`/api/projects/${project.id}/agent-runs/${runId}/messages`, {
      method: "POST",
      json: { text: "use Tailwind" },
    });
    expect(sent.status).toBe(202);
    expect(
      (
        await people.viewer.json(`/api/projects/${project.id}/agent-runs/${runId}/messages`, {
          method: "POST",
          json: { text: "no" },
        })
      ).status,
    ).toBe(403);
    await people.owner.json(`/api/projects/${project.id}/agent-runs/${runId}/approve`, { method: "POST", json: {} });
    const done = await waitFor(project.id, runId, ["succeeded", "failed"]);
    expect(done.status, done.error).toBe("succeeded");
    const steering = done.log?.find((line) => line.kind === "message");
    expect(steering).toMatchObject({ text: "use Tailwind", by: { name: "Editor" } });
    const { requests } = await requestsTo("anthropic", marker);
    expect(JSON.stringify(requests[1]?.body.messages)).toContain("Message from Editor, in the room: use Tailwind");

    // The first run over, the queued one starts on its own.
    const next = await waitFor(project.id, queued.body.run.id, ["awaiting_approval"]);
    expect(next.plan?.title).toBe("Next");
  });

  it("continues a finished run's conversation in a follow-up run, and refuses to follow up a working one", async () => {
    const project = await makeProject(people, teamId, "private");
    // Each turn counts against its starter's AI requests per minute: the owner has used many.
    const first = newMarker();
    const second = newMarker();
    await queueBehaviours(
      "anthropic",
      first,
      turn(call("set_plan", { title: "Page", steps: [{ title: "Write it", files: ["index.html"] }] })),
      turn(call("write_file", { path: "index.html", content: "<p>light</p>\n" })),
      turn(call("finish", { summary: "Wrote the page" })),
    );
    const started = await people.teamMember.json<{ run: { id: string } }>(`/api/projects/${project.id}/agent-runs`, {
      method: "POST",
      json: { prompt: `Write a page ${first}`, model: MODEL, autoApprove: true },
    });
    const firstId = started.body.run.id;
    const firstDone = await waitFor(project.id, firstId, ["succeeded", "failed"]);
    expect(firstDone.status, firstDone.error).toBe("succeeded");

    await queueBehaviours(
      "anthropic",
      second,
      turn(call("set_plan", { title: "Dark", steps: [{ title: "Add dark mode" }] })),
    );
    const next = await people.teamMember.json<{ run: { id: string } }>(`/api/projects/${project.id}/agent-runs`, {
      method: "POST",
      json: { prompt: `now add dark mode ${second}`, model: MODEL, followUp: firstId },
    });
    expect(next.status).toBe(202);
    const gated = await waitFor(project.id, next.body.run.id, ["awaiting_approval", "failed", "stopped"]);
    expect(gated.status, JSON.stringify(gated.log?.slice(-4))).toBe("awaiting_approval");
    const [request] = (await requestsTo("anthropic", second)).requests;
    const sent = JSON.stringify(request?.body.messages);
    // The first run's prompt and its tool results come along, then the new request.
    expect(sent).toContain(`Write a page ${first}`);
    expect(sent).toContain("created index.html");
    expect(sent).toContain(`Next request: now add dark mode ${second}`);

    const refused = await people.teamMember.json<{ error: { code: string } }>(
      `/api/projects/${project.id}/agent-runs`,
      {
        method: "POST",
        json: { prompt: "more", model: MODEL, followUp: next.body.run.id },
      },
    );
    expect(refused.status).toBe(409);
  });

  it("lets only editors and owners start, steer or stop runs; a private project's runs are not found by others", async () => {
    const project = await makeProject(people, teamId, "private");
    const start = (who: keyof People) =>
      people[who].json(`/api/projects/${project.id}/agent-runs`, {
        method: "POST",
        json: { prompt: "x", model: MODEL },
      });
    expect((await start("viewer")).status).toBe(403);
    expect((await start("stranger")).status).toBe(404);
    expect((await start("anonymous")).status).toBe(401);
    expect((await people.stranger.json(`/api/projects/${project.id}/agent-runs`)).status).toBe(404);
    expect((await people.viewer.json(`/api/projects/${project.id}/agent-runs`)).status).toBe(200);
    const bad = await people.owner.json<{ error: { code: string } }>(`/api/projects/${project.id}/agent-runs`, {
      method: "POST",
      json: { prompt: "", pipeline: "teleport" },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("validation_failed");
    const missing = await people.owner.json(`/api/projects/${project.id}/agent-runs/nope/stop`, { method: "POST" });
    expect(missing.status).toBe(404);
  });
});

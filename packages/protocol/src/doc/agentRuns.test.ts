import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  AGENT_RUNS_LIMIT,
  appendRunLog,
  patchRun,
  putRun,
  readRun,
  readRuns,
  RUN_LOG_LIMIT,
  RunStatus,
  type AgentRunFields,
} from "./agentRuns.ts";

const ada = { id: "u_ada", name: "Ada" };
const fields = (status: RunStatus): Partial<AgentRunFields> => ({
  prompt: "a todo app",
  status,
  startedBy: ada,
  createdAt: 1,
  updatedAt: 1,
});

describe("agent runs in the document", () => {
  it("D16: a run written on the server reaches a collaborator's copy with its plan, usage and log", () => {
    const server = new Y.Doc();
    const client = new Y.Doc();
    server.on("update", (update: Uint8Array) => Y.applyUpdate(client, update));
    putRun(server, "run_1", fields(RunStatus.Planning));
    patchRun(server, "run_1", {
      status: RunStatus.AwaitingApproval,
      plan: { title: "Todo app", steps: [{ title: "Write index.html", files: ["index.html"], status: "pending" }] },
      estimate: { inputTokens: 9_000, outputTokens: 3_000, costUsd: 0.07 },
    });
    appendRunLog(server, "run_1", [{ at: 2, kind: "read", text: "reading index.html" }]);
    const run = readRun(client, "run_1");
    expect(run).toMatchObject({
      id: "run_1",
      prompt: "a todo app",
      pipeline: "build",
      model: "auto",
      status: "awaiting_approval",
      plan: { title: "Todo app" },
      estimate: { costUsd: 0.07 },
      usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 },
      filesChanged: [],
      log: [{ kind: "read", text: "reading index.html" }],
    });
  });

  it("D16: putting a run again sets its fields instead of adding a second one (a repeated step)", () => {
    const doc = new Y.Doc();
    putRun(doc, "run_1", fields(RunStatus.Planning));
    putRun(doc, "run_1", { status: RunStatus.Running });
    expect(readRuns(doc).map((run) => [run.id, run.status])).toEqual([["run_1", "running"]]);
  });

  it("D16: writing the same view again changes nothing in the document; a changed field changes only itself", () => {
    const doc = new Y.Doc();
    const view = { ...fields(RunStatus.Running), plan: { title: "T", steps: [] }, filesChanged: ["a.ts"] };
    putRun(doc, "run_1", view);
    const updates: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => updates.push(update));
    putRun(doc, "run_1", { ...view, error: undefined });
    expect(updates).toEqual([]);
    putRun(doc, "run_1", { ...view, filesChanged: ["a.ts", "b.ts"] });
    expect(updates).toHaveLength(1);
    expect(readRun(doc, "run_1")?.filesChanged).toEqual(["a.ts", "b.ts"]);
  });

  it("D17: the log keeps its newest lines and the document its newest runs, never an unfinished one", () => {
    const doc = new Y.Doc();
    putRun(doc, "active", fields(RunStatus.Running));
    for (let i = 0; i < AGENT_RUNS_LIMIT + 5; i++) putRun(doc, `done_${i}`, fields(RunStatus.Succeeded));
    const ids = readRuns(doc).map((run) => run.id);
    expect(ids).toHaveLength(AGENT_RUNS_LIMIT);
    expect(ids[0]).toBe("active");
    expect(ids.at(-1)).toBe(`done_${AGENT_RUNS_LIMIT + 4}`);
    expect(ids).not.toContain("done_0");

    const lines = Array.from({ length: RUN_LOG_LIMIT + 10 }, (_, i) => ({
      at: i,
      kind: "info" as const,
      text: `line ${i}`,
    }));
    appendRunLog(doc, "active", lines);
    const log = readRun(doc, "active")!.log;
    expect(log).toHaveLength(RUN_LOG_LIMIT);
    expect(log[0]!.text).toBe("line 10");
  });

  it("D17: a trimmed run is not recreated by a late patch or log line", () => {
    const doc = new Y.Doc();
    expect(patchRun(doc, "gone", { status: RunStatus.Failed })).toBe(false);
    expect(appendRunLog(doc, "gone", [{ at: 1, kind: "info", text: "late" }])).toBe(false);
    expect(readRuns(doc)).toEqual([]);
  });

  it("skips entries it does not understand", () => {
    const doc = new Y.Doc();
    const stranger = new Y.Map<unknown>();
    stranger.set("id", "x");
    doc.getArray("agentRuns").push([stranger]);
    putRun(doc, "run_1", fields(RunStatus.Queued));
    expect(readRuns(doc).map((run) => run.id)).toEqual(["run_1"]);
  });
});

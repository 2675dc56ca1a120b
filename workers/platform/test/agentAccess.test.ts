import { agentRuns, createDb, type Database } from "@wove/db";
import { newId } from "@wove/protocol";
import { env } from "cloudflare:workers";
import { and, eq, inArray, ne } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FakeToolCall } from "../../../packages/ai/src/test/startFakeServer.ts";
import { newMarker, queueBehaviours, requestsTo } from "./lib/aiFakes.ts";
import { Client, signUp } from "./lib/Client.ts";
import { share } from "./lib/share.ts";
import { makePeople, makeProject, type People, type SharedProject } from "./lib/world.ts";

/**
 * Who may do what with the builder agent, in workerd: its routes against each kind of
 * caller, its AI limits before anything is created, and what happens when people act on
 * one run at the same moment.
 */

const MODEL = "anthropic:claude-sonnet-5-5";
const PLAN = { title: "Page", steps: [{ title: "Write it", files: ["index.html"], status: "pending" as const }] };

type ErrorBody = { error: { code: string; message: string; details?: Record<string, unknown> } };

let people: People;
let teamId: string;
let db: Database;
let closeDb: () => Promise<void>;

beforeAll(async () => {
  ({ people, teamId } = await makePeople());
  const connection = createDb(env);
  db = connection.db;
  closeDb = () => connection.pool.end();
}, 60_000);

afterAll(async () => closeDb());

let calls = 0;
const call = (name: string, args: unknown): FakeToolCall => ({
  id: `toolu_access_${++calls}`,
  name,
  arguments: JSON.stringify(args),
});
const turn = (...toolCalls: FakeToolCall[]) => ({ kind: "answer" as const, chunks: ["Working."], toolCalls });

const projectCount = async (person: Client) =>
  (await person.json<{ projects: unknown[] }>("/api/projects")).body.projects.length;

/** A run as the platform stores it, without a Workflow behind it: the state a route acts on. */
async function seedRun(
  projectId: string,
  createdBy: string,
  status: (typeof agentRuns.$inferInsert)["status"],
  extra: Partial<typeof agentRuns.$inferInsert> = {},
): Promise<string> {
  const id = newId();
  await db.insert(agentRuns).values({ id, projectId, createdBy, prompt: "Seeded", model: MODEL, status, ...extra });
  return id;
}

/** Ends the project's working and queued runs, so the next route acts on one run alone. */
async function quiesce(projectId: string, except: string): Promise<void> {
  await db
    .update(agentRuns)
    .set({ status: "stopped" })
    .where(
      and(
        eq(agentRuns.projectId, projectId),
        ne(agentRuns.id, except),
        inArray(agentRuns.status, ["queued", "planning", "awaiting_approval", "running"]),
      ),
    );
}

const rowOf = async (runId: string) => (await db.select().from(agentRuns).where(eq(agentRuns.id, runId)))[0];

async function runOf(projectId: string, runId: string) {
  const res = await people.owner.json<{
    run: { status: string; error?: string; log?: Array<{ kind: string; text: string }> };
  }>(`/api/projects/${projectId}/agent-runs/${runId}`);
  expect(res.status).toBe(200);
  return res.body.run;
}

async function waitFor(projectId: string, runId: string, statuses: string[]) {
  let run = await runOf(projectId, runId);
  for (let i = 0; i < 900 && !statuses.includes(run.status); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    run = await runOf(projectId, runId);
  }
  expect(run.status, JSON.stringify(run.log?.slice(-5))).toBeOneOf(statuses);
  return run;
}

describe("the builder agent's limits", () => {
  it.each([
    ["the per-minute limit", { AI_REQUESTS_PER_MINUTE: "0" }, "requests_per_minute", "AI_REQUESTS_PER_MINUTE"],
    ["the daily budget", { AI_USER_DAILY_BUDGET_USD: "0" }, "user_daily_budget", "AI_USER_DAILY_BUDGET_USD"],
  ])("refuses a new project over %s with a 429 naming it, and creates no project", async (_, limits, limit, name) => {
    const ann = await signUp("Ann");
    const res = await ann.json<ErrorBody>("/api/agent/new-project", {
      method: "POST",
      json: { prompt: "A todo app", model: MODEL },
      env: limits,
    });
    expect(res.status).toBe(429);
    expect(res.body.error).toMatchObject({ code: "rate_limited", details: { limit } });
    expect(res.body.error.message).toContain(name);
    expect(await projectCount(ann)).toBe(0);
  });
});

type Caller = "owner" | "editor" | "viewer" | "stranger" | "anonymous" | "readKey" | "removed";
const CALLERS: Caller[] = ["owner", "editor", "viewer", "stranger", "anonymous", "readKey", "removed"];
const CODES: Record<number, string> = { 401: "unauthenticated", 403: "forbidden", 404: "not_found" };

interface Cell {
  project: SharedProject;
  runId: string;
  caller: Caller;
  client: Client;
}

interface AgentRoute {
  name: string;
  /**
   * Who gets through: editors and owners; anyone who may see the project (a read-only key
   * included); or anyone signed in, the project being theirs to create.
   */
  needs: "editor" | "viewer" | "signedIn";
  ok: number;
  request: (cell: Cell) => { method: string; path: string; json?: unknown };
  /** For a caller who may: puts the project in the state the route acts on; answers the run. */
  prepare?: (cell: Cell) => Promise<string>;
  /** For a caller who may: what the answer did. */
  check?: (body: Record<string, unknown>, cell: Cell) => Promise<void>;
}

const runs = (cell: Cell) => `/api/projects/${cell.project.id}/agent-runs`;
const on = (cell: Cell, action: string) => `${runs(cell)}/${cell.runId}/${action}`;

/** A fresh run in `status` for the cell, the project's other runs ended. */
const fresh =
  (status: "running" | "awaiting_approval" | "succeeded", extra = {}) =>
  async (cell: Cell) => {
    await quiesce(cell.project.id, "");
    return seedRun(cell.project.id, people.owner.userId, status, { plan: PLAN, ...extra });
  };

const ROUTES: AgentRoute[] = [
  {
    name: "start a run",
    needs: "editor",
    ok: 202,
    request: (cell) => ({ method: "POST", path: runs(cell), json: { prompt: "Build it", model: MODEL } }),
    // Behind a working run, so the new one waits (queued, no Workflow started).
    prepare: fresh("running"),
    check: async (body) => expect(body.run).toMatchObject({ status: "queued" }),
  },
  {
    name: "list runs",
    needs: "viewer",
    ok: 200,
    request: (cell) => ({ method: "GET", path: runs(cell) }),
    check: async (body, cell) =>
      expect((body.runs as Array<{ id: string }>).map((run) => run.id)).toContain(cell.runId),
  },
  {
    name: "read a run",
    needs: "viewer",
    ok: 200,
    request: (cell) => ({ method: "GET", path: `${runs(cell)}/${cell.runId}` }),
    check: async (body, cell) => expect(body.run).toMatchObject({ id: cell.runId }),
  },
  {
    name: "approve",
    needs: "editor",
    ok: 200,
    request: (cell) => ({ method: "POST", path: on(cell, "approve"), json: {} }),
    prepare: fresh("awaiting_approval"),
    check: async (_, cell) => expect((await rowOf(cell.runId))?.status).toBe("running"),
  },
  {
    name: "stop",
    needs: "editor",
    ok: 200,
    request: (cell) => ({ method: "POST", path: on(cell, "stop") }),
    prepare: fresh("running"),
    check: async (_, cell) => expect((await rowOf(cell.runId))?.status).toBe("stopped"),
  },
  {
    name: "resume",
    needs: "editor",
    ok: 202,
    request: (cell) => ({ method: "POST", path: on(cell, "resume"), json: {} }),
    prepare: async (cell) => {
      const marker = newMarker();
      // The resumed turn's model call waits, so the run is still working when it is stopped.
      await queueBehaviours("anthropic", marker, { kind: "stall" });
      await quiesce(cell.project.id, "");
      return seedRun(cell.project.id, people.owner.userId, "stopped", {
        prompt: `Resume ${marker}`,
        plan: PLAN,
        approvedAt: new Date(),
      });
      expect((await cell.client.json(on(cell, "stop"), { method: "POST" })).status).toBe(200);
    },
  },
  {
    name: "undo",
    needs: "editor",
    ok: 200,
    request: (cell) => ({ method: "POST", path: on(cell, "undo") }),
    prepare: fresh("succeeded"),
    check: async (body) => expect(body).toEqual({ reverted: 0, skipped: [] }),
  },
  {
    name: "send a message",
    needs: "editor",
    ok: 202,
    request: (cell) => ({ method: "POST", path: on(cell, "messages"), json: { text: "use Tailwind" } }),
    prepare: fresh("running"),
    check: async (_, cell) =>
      expect((await rowOf(cell.runId))?.inbox.map((message) => message.text)).toEqual(["use Tailwind"]),
  },
  {
    name: "describe a new app",
    needs: "signedIn",
    ok: 202,
    request: (cell) => ({
      method: "POST",
      path: "/api/agent/new-project",
      json: { prompt: `A todo app ${cell.runId}`, model: MODEL },
    }),
    // The run id stands for the marker its first model call stalls on.
    prepare: async () => {
      const marker = newMarker();
      await queueBehaviours("anthropic", marker, { kind: "stall" });
      return marker;
    },
    check: async (body, cell) => {
      const { project, run } = body as { project: { id: string }; run: { id: string; status: string } };
      expect(run.status).toBe("planning");
      const stop = await cell.client.json(`/api/projects/${project.id}/agent-runs/${run.id}/stop`, { method: "POST" });
      expect(stop.status).toBe(200);
    },
  },
];

/** The status `caller` gets from `route` on a private project. */
function expected(route: AgentRoute, caller: Caller): number {
  if (route.needs === "signedIn") return caller === "anonymous" ? 401 : caller === "readKey" ? 403 : route.ok;
  // A project they cannot see is not found, removed members with a live session included.
  if (caller === "stranger" || caller === "removed") return 404;
  if (route.needs === "viewer") return caller === "anonymous" ? 404 : route.ok;
  // Writes: signed out is asked to sign in before the project is looked at (as other writes).
  if (caller === "anonymous") return 401;
  if (caller === "viewer" || caller === "readKey") return 403;
  return route.ok;
}

describe("the builder agent's authorization matrix", { timeout: 240_000 }, () => {
  it("answers every route for every caller as the table says, with the error shape, and refusals change nothing", async () => {
    const project = await makeProject(people, teamId, "private");
    const key = await people.owner.json<{ key: string }>("/api/keys", {
      method: "POST",
      json: { name: "script", scopes: ["projects:read"] },
    });
    expect(key.status).toBe(201);
    const removed = await signUp("Removed");
    const memberId = await share(people.owner, project.id, removed, "editor");
    expect(
      (await people.owner.json(`/api/projects/${project.id}/members/${memberId}`, { method: "DELETE" })).status,
    ).toBe(204);
    const clients: Record<Caller, Client> = {
      owner: people.owner,
      editor: people.editor,
      viewer: people.viewer,
      stranger: people.stranger,
      anonymous: people.anonymous,
      readKey: Object.assign(new Client(), { bearer: key.body.key }),
      removed,
    };
    // Every refusal is tried on one run waiting for approval: none may move it.
    const target = await seedRun(project.id, people.owner.userId, "awaiting_approval", { plan: PLAN });
    const ownProjects = await projectCount(people.owner);
    const cells = ROUTES.flatMap((route) =>
      CALLERS.map((caller) => ({ route, caller, status: expected(route, caller) })),
    );
    const refused = cells.filter((cell) => cell.status >= 400);
    expect(refused.length).toBeGreaterThan(30);

    for (const { route, caller, status } of refused) {
      const cell = { project, runId: target, caller, client: clients[caller] };
      const { method, path, json } = route.request(cell);
      const res = await clients[caller].json<ErrorBody>(path, { method, ...(json === undefined ? {} : { json }) });
      const what = `${route.name} as ${caller}`;
      expect(res.status, what).toBe(status);
      expect(res.body.error, what).toMatchObject({ code: CODES[status], message: expect.any(String) });
      expect(res.body.error.message.length, what).toBeGreaterThan(5);
    }
    const untouched = await rowOf(target);
    expect(untouched).toMatchObject({ status: "awaiting_approval", inbox: [], approvedAt: null });
    const byOthers = await db
      .select({ id: agentRuns.id })
      .from(agentRuns)
      .where(and(eq(agentRuns.projectId, project.id), ne(agentRuns.id, target)));
    expect(byOthers).toEqual([]);
    expect(await projectCount(people.owner)).toBe(ownProjects);

    for (const { route, caller, status } of cells.filter((cell) => cell.status < 400)) {
      const cell = { project, runId: target, caller, client: clients[caller] };
      if (route.prepare) cell.runId = await route.prepare(cell);
      const { method, path, json } = route.request(cell);
      const res = await clients[caller].json(path, { method, ...(json === undefined ? {} : { json }) });
      const what = `${route.name} as ${caller}`;
      expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(status);
      await route.check?.(res.body, cell);
    }
  });
});

describe("the builder agent with several people at once", { timeout: 120_000 }, () => {
  const plan = { title: "Page", steps: [{ title: "Write it", files: ["index.html"] }] };
  const start = async (starter: Client, projectId: string, prompt: string, autoApprove = false) => {
    const res = await starter.json<{ run: { id: string } }>(`/api/projects/${projectId}/agent-runs`, {
      method: "POST",
      json: { prompt, model: MODEL, autoApprove },
    });
    expect(res.status).toBe(202);
    return res.body.run.id;
  };

  it("ends a run failed, saying why, at its next turn once its starter is no longer a member", async () => {
    const project = await makeProject(people, teamId, "private");
    const starter = await signUp("Sam");
    const memberId = await share(people.owner, project.id, starter, "editor");
    const marker = newMarker();
    await queueBehaviours(
      "anthropic",
      marker,
      turn(call("set_plan", plan)),
      turn(call("write_file", { path: "index.html", content: "<p>not by Sam</p>\n" })),
    );
    const runId = await start(starter, project.id, `Write a page ${marker}`);
    await waitFor(project.id, runId, ["awaiting_approval"]);

    const removed = await people.owner.json(`/api/projects/${project.id}/members/${memberId}`, { method: "DELETE" });
    expect(removed.status).toBe(204);
    // Someone still on the project approves: the run acts as Sam, who may no longer edit.
    expect(
      (
        await people.owner.json(`/api/projects/${project.id}/agent-runs/${runId}/approve`, {
          method: "POST",
          json: {},
        })
      ).status,
    ).toBe(200);
    const done = await waitFor(project.id, runId, ["failed", "succeeded"]);
    expect(done.status).toBe("failed");
    expect(done.error).toBe("Sam can no longer edit this project");
    expect(done.log?.at(-1)).toMatchObject({ kind: "error", text: "Sam can no longer edit this project" });
    // No model call, and no edit, after the removal.
    expect((await requestsTo("anthropic", marker)).requests).toHaveLength(1);
    expect(await env.ROOMS.getByName(project.id).readTextFiles(["index.html"])).toEqual([]);
  });

  it("keeps two steering messages sent at the same moment, and the next turn reads both", async () => {
    const project = await makeProject(people, teamId, "private");
    const marker = newMarker();
    await queueBehaviours(
      "anthropic",
      marker,
      turn(call("set_plan", plan)),
      // A build run finishes only with a page to preview.
      turn(call("write_file", { path: "index.html", content: "<p>styled</p>\n" })),
      turn(call("finish", { summary: "Heard you both" })),
    );
    const runId = await start(people.teamMember, project.id, `Write a page ${marker}`);
    await waitFor(project.id, runId, ["awaiting_approval"]);

    const path = `/api/projects/${project.id}/agent-runs/${runId}/messages`;
    const sent = await Promise.all([
      people.owner.json(path, { method: "POST", json: { text: "use Tailwind" } }),
      people.editor.json(path, { method: "POST", json: { text: "skip the tests" } }),
    ]);
    expect(sent.map((res) => res.status)).toEqual([202, 202]);
    expect((await rowOf(runId))?.inbox.map((message) => message.text).sort()).toEqual([
      "skip the tests",
      "use Tailwind",
    ]);

    const approved = await people.owner.json(`/api/projects/${project.id}/agent-runs/${runId}/approve`, {
      method: "POST",
      json: {},
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    const done = await waitFor(project.id, runId, ["succeeded", "failed"]);
    expect(done.status, done.error).toBe("succeeded");
    const { requests } = await requestsTo("anthropic", marker);
    const read = JSON.stringify(requests[1]?.body.messages);
    expect(read).toContain("Message from Owner, in the room: use Tailwind");
    expect(read).toContain("Message from Editor, in the room: skip the tests");
    expect((await rowOf(runId))?.inbox.every((message) => message.readAt !== undefined)).toBe(true);
    const shown = (done.log ?? []).filter((line) => line.kind === "message").map((line) => line.text);
    expect(shown.sort()).toEqual(["skip the tests", "use Tailwind"]);
  });

  it("reverts a run's changes once when two people undo it at the same moment", async () => {
    const project = await makeProject(people, teamId, "private");
    const room = env.ROOMS.getByName(project.id);
    await room.writeFiles([{ path: "index.html", text: "<h1>Hello</h1>\n" }], "test");
    const starter = await signUp("Uma");
    await share(people.owner, project.id, starter, "editor");
    const marker = newMarker();
    await queueBehaviours(
      "anthropic",
      marker,
      turn(call("set_plan", plan)),
      turn(
        call("edit_file", {
          path: "index.html",
          edits: [{ find: "<h1>Hello</h1>", replace: "<h1>Hello, agent</h1>" }],
        }),
        call("write_file", { path: "about.html", content: "<p>About</p>\n" }),
      ),
      turn(call("finish", { summary: "Edited" })),
    );
    const runId = await start(starter, project.id, `Edit the page ${marker}`, true);
    const done = await waitFor(project.id, runId, ["succeeded", "failed"]);
    expect(done.status, done.error).toBe("succeeded");
    expect((await room.readTextFiles(["index.html"]))[0]?.text).toBe("<h1>Hello, agent</h1>\n");

    const path = `/api/projects/${project.id}/agent-runs/${runId}/undo`;
    const undos = await Promise.all(
      [people.owner, people.editor].map((person) =>
        person.json<{ reverted: number; skipped: string[] }>(path, { method: "POST" }),
      ),
    );
    expect(undos.map((res) => res.status)).toEqual([200, 200]);
    // One undo did the work; the other found nothing left to revert.
    expect(undos.map((res) => res.body.reverted > 0).sort()).toEqual([false, true]);
    const texts = async () => await room.readTextFiles(["index.html", "about.html"]);
    expect(await texts()).toEqual([{ path: "index.html", text: "<h1>Hello</h1>\n" }]);
    // A third, later, is a no-op too.
    expect((await people.owner.json<{ reverted: number }>(path, { method: "POST" })).body.reverted).toBe(0);
    expect(await texts()).toEqual([{ path: "index.html", text: "<h1>Hello</h1>\n" }]);
  });
});

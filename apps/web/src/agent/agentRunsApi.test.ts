import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiRequestError } from "../api/ApiRequestError.ts";
import { fakeProject } from "../dashboard/fakeProject.ts";
import { agentRunsApiAt } from "./agentRunsApi.ts";

// A real server on a free port: each "METHOD path" answers with the status and body set
// for it, and every request is kept to check what the wrappers sent.
type Answer = { status: number; body?: unknown };
let answers: Record<string, Answer> = {};
let received: { route: string; body: unknown }[] = [];
let server: Server;
let api: ReturnType<typeof agentRunsApiAt>;

const readBody = async (req: IncomingMessage): Promise<unknown> => {
  let text = "";
  for await (const chunk of req) text += String(chunk);
  return text ? (JSON.parse(text) as unknown) : undefined;
};

beforeAll(async () => {
  server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const route = `${req.method} ${req.url}`;
      received.push({ route, body });
      const answer = answers[route] ?? { status: 404, body: { error: { code: "not_found", message: "No route" } } };
      res.statusCode = answer.status;
      res.setHeader("content-type", "application/json");
      res.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  api = agentRunsApiAt(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  answers = {};
  received = [];
});

const runs = "/api/projects/p%201/agent-runs";
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (err: unknown) => err,
  );

describe("agentRunsApi", () => {
  it("starts a run with what the form set, and reads the run's id", async () => {
    answers[`POST ${runs}`] = { status: 202, body: { run: { id: "r1", status: "queued" } } };
    const started = await api.start("p 1", { prompt: "A todo app", model: "auto", budgetUsd: 2 });
    expect(started).toEqual({ id: "r1", status: "queued" });
    expect(received).toEqual([{ route: `POST ${runs}`, body: { prompt: "A todo app", model: "auto", budgetUsd: 2 } }]);
  });

  it("approves with the edited plan, or with nothing to approve the agent's own", async () => {
    answers[`POST ${runs}/r1/approve`] = { status: 200, body: { run: { id: "r1", status: "running" } } };
    const plan = { title: "Todo", steps: [{ title: "Scaffold", files: ["index.html"] }] };
    await api.approve("p 1", "r1", plan);
    await api.approve("p 1", "r1");
    expect(received.map((r) => r.body)).toEqual([{ plan }, {}]);
  });

  it("sends stop, resume with a new budget, and a steering message to the run's routes", async () => {
    answers[`POST ${runs}/r1/stop`] = { status: 200, body: {} };
    answers[`POST ${runs}/r1/resume`] = { status: 202, body: {} };
    answers[`POST ${runs}/r1/messages`] = { status: 202, body: {} };
    await api.stop("p 1", "r1");
    await api.resume("p 1", "r1", 4);
    await api.resume("p 1", "r1");
    await api.message("p 1", "r1", "Use tabs, not spaces");
    expect(received).toEqual([
      { route: `POST ${runs}/r1/stop`, body: {} },
      { route: `POST ${runs}/r1/resume`, body: { budgetUsd: 4 } },
      { route: `POST ${runs}/r1/resume`, body: {} },
      { route: `POST ${runs}/r1/messages`, body: { text: "Use tabs, not spaces" } },
    ]);
  });

  it("reads what an undo reverted and what it kept", async () => {
    answers[`POST ${runs}/r1/undo`] = { status: 200, body: { reverted: 3, skipped: ["src/gone.ts was deleted"] } };
    expect(await api.undo("p 1", "r1")).toEqual({ reverted: 3, skipped: ["src/gone.ts was deleted"] });
  });

  it("throws the server's refusal with its status, code and message", async () => {
    answers[`POST ${runs}/r1/undo`] = {
      status: 409,
      body: { error: { code: "conflict", message: "Stop the run before undoing it" } },
    };
    answers[`POST ${runs}`] = {
      status: 429,
      body: { error: { code: "rate_limited", message: "You have used today's 20 agent runs" } },
    };
    answers[`POST ${runs}/r2/stop`] = {
      status: 403,
      body: { error: { code: "forbidden", message: "Viewers cannot stop the agent" } },
    };
    expect(await failure(api.undo("p 1", "r1"))).toMatchObject({
      status: 409,
      code: "conflict",
      message: "Stop the run before undoing it",
    });
    expect(await failure(api.start("p 1", { prompt: "x" }))).toMatchObject({
      status: 429,
      message: "You have used today's 20 agent runs",
    });
    const refused = await failure(api.stop("p 1", "r2"));
    expect(refused).toBeInstanceOf(ApiRequestError);
    expect(refused).toMatchObject({ status: 403, code: "forbidden" });
  });

  it("refuses an answer that is not the route's, naming what is missing", async () => {
    answers[`POST ${runs}`] = { status: 202, body: { ok: true } };
    answers[`POST ${runs}/r1/undo`] = { status: 200, body: { reverted: "all" } };
    expect(await failure(api.start("p 1", { prompt: "x" }))).toMatchObject({
      code: "bad_answer",
      details: { problem: "run: expected {id, status}" },
    });
    expect(await failure(api.undo("p 1", "r1"))).toMatchObject({ code: "bad_answer" });
  });

  it("creates a project with the agent started on it, reading the project with its wire schema", async () => {
    const project = fakeProject("p9", "u1");
    answers["POST /api/agent/new-project"] = { status: 202, body: { project, run: { id: "r9", status: "planning" } } };
    const made = await api.newProject({ prompt: "A recipe site", visibility: "private" });
    expect(made).toEqual({ project, run: { id: "r9", status: "planning" } });
    expect(received[0]?.body).toEqual({ prompt: "A recipe site", visibility: "private" });

    answers["POST /api/agent/new-project"] = {
      status: 202,
      body: { project: { ...project, can: undefined }, run: { id: "r9", status: "planning" } },
    };
    expect(await failure(api.newProject({ prompt: "A recipe site" }))).toMatchObject({
      code: "bad_answer",
      details: { problem: "project: can: expected object" },
    });
  });

  it("says when no answer came at all", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = agentRunsApiAt(`http://127.0.0.1:${port}`);
    expect(await failure(unreachable.stop("p", "r"))).toMatchObject({ status: 0, code: "network" });
  });
});

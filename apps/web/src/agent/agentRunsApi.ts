import { projectSchema, readAnswer, type Project } from "@wove/protocol";
import { api } from "../api/api.ts";
import { answerMismatch } from "../api/ApiRequestError.ts";
import type { Visibility } from "../api/Project.ts";
import type { ApprovalPlan } from "./planDraft.ts";

/** What `POST …/agent-runs` takes. The server reads `meta.agentAutoApprove` when `autoApprove` is left out. */
export interface StartRun {
  prompt: string;
  pipeline?: "build";
  /** "auto" or "<provider>:<model>". */
  model?: string;
  budgetUsd?: number;
  autoApprove?: boolean;
  /** A finished run this one follows up: the agent continues with its conversation. */
  followUp?: string;
}

export interface NewAgentProject extends Omit<StartRun, "followUp"> {
  name?: string;
  visibility?: Visibility;
}

export interface StartedRun {
  id: string;
  status: string;
}

export interface UndoneRun {
  /** How many of the run's changes were taken back. */
  reverted: number;
  /** What was kept, and why (a file deleted since, text a person rewrote). */
  skipped: string[];
}

/**
 * The agent routes on `origin` (the page's own, "", in the app; a test server's in tests).
 * Each throws an ApiRequestError: the server's `{error: {code, message}}`, or a
 * `bad_answer` naming what did not fit. The runs themselves are read from the document.
 */
export function agentRunsApiAt(origin: string) {
  const runs = (projectId: string) => `${origin}/api/projects/${encodeURIComponent(projectId)}/agent-runs`;
  const run = (projectId: string, runId: string) => `${runs(projectId)}/${encodeURIComponent(runId)}`;
  const post = (path: string, body: unknown) => api<unknown>(path, { method: "POST", body });
  return {
    start: async (projectId: string, body: StartRun): Promise<StartedRun> => {
      const path = runs(projectId);
      return readStarted(await post(path, body), `POST ${path}`);
    },
    approve: async (projectId: string, runId: string, plan?: ApprovalPlan): Promise<void> => {
      await post(`${run(projectId, runId)}/approve`, plan ? { plan } : {});
    },
    stop: async (projectId: string, runId: string): Promise<void> => {
      await post(`${run(projectId, runId)}/stop`, {});
    },
    resume: async (projectId: string, runId: string, budgetUsd?: number): Promise<void> => {
      await post(`${run(projectId, runId)}/resume`, budgetUsd === undefined ? {} : { budgetUsd });
    },
    undo: async (projectId: string, runId: string): Promise<UndoneRun> => {
      const path = `${run(projectId, runId)}/undo`;
      return readUndone(await post(path, {}), `POST ${path}`);
    },
    message: async (projectId: string, runId: string, text: string): Promise<void> => {
      await post(`${run(projectId, runId)}/messages`, { text });
    },
    newProject: async (body: NewAgentProject): Promise<{ project: Project; run: StartedRun }> => {
      const path = `${origin}/api/agent/new-project`;
      const answer = await post(path, body);
      const project = readAnswer(projectSchema, field(answer, "project"));
      if (!project.ok) throw answerMismatch(202, `POST ${path}`, `project: ${project.problem}`);
      return { project: project.value, run: readStarted(answer, `POST ${path}`) };
    },
  };
}

/** The agent routes on this page's origin. */
export const agentRunsApi = agentRunsApiAt("");

function readStarted(answer: unknown, request: string): StartedRun {
  const started = field(answer, "run");
  const id = field(started, "id");
  const status = field(started, "status");
  if (typeof id !== "string" || typeof status !== "string") {
    throw answerMismatch(202, request, "run: expected {id, status}");
  }
  return { id, status };
}

function readUndone(answer: unknown, request: string): UndoneRun {
  const reverted = field(answer, "reverted");
  const skipped = field(answer, "skipped");
  if (typeof reverted !== "number" || !Array.isArray(skipped) || !skipped.every((s) => typeof s === "string")) {
    throw answerMismatch(200, request, "expected {reverted: number, skipped: string[]}");
  }
  return { reverted, skipped: skipped as string[] };
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

import type { ChatMessage } from "@wove/ai";
import type { Bindings } from "../AppEnv.ts";

/** Where a turn leaves the run: go on, wait at the approval gate, or end. */
export type TurnOutcome = "continue" | "await_approval" | "end";

/**
 * The agent's working memory between turns, in R2 (`agent-runs/<id>/state.json`): the
 * conversation can outgrow a Workflow step's 1 MiB result, so steps return only their
 * outcome and this holds the rest. Written once at the end of each turn, with `turns` saying
 * which turn wrote it, so a step that runs again finds its own work done.
 */
export interface AgentState {
  /** Turns finished. */
  turns: number;
  phase: "planning" | "building";
  messages: ChatMessage[];
  lastOutcome: TurnOutcome;
  /** Failed build or preview checks since the last good one, for the current plan step. */
  fixAttempts: number;
  /** The plan step being worked on (index), moved on as the agent touches the files of later steps. */
  currentStep: number;
  /** Files written since the last good build: a finish must build (and check) again. */
  dirty: boolean;
  lastBuildOk: boolean;
  lastPreviewStatus: number | null;
  lastError: string | null;
  /** Build errors the deterministic fixers fixed, without a model call. */
  fixedWithoutModel: number;
  /** Answers in a row without a tool call (absent in states saved before it was kept). */
  idleTurns?: number;
}

const keyOf = (runId: string) => `agent-runs/${runId}/state.json`;
/** A model's answer for a turn, kept so a repeated step does not pay for (or vary) it again. */
export const answerKeyOf = (runId: string, turn: number) => `agent-runs/${runId}/answers/${turn}.json`;

export async function loadAgentState(env: Bindings, runId: string): Promise<AgentState | null> {
  const object = await env.BLOBS.get(keyOf(runId));
  return object ? ((await object.json()) as AgentState) : null;
}

export async function saveAgentState(env: Bindings, runId: string, state: AgentState): Promise<void> {
  await env.BLOBS.put(keyOf(runId), JSON.stringify(state));
}

/** Everything of the run in R2 (a deleted project's runs). */
export async function deleteAgentState(env: Bindings, runId: string): Promise<void> {
  const listed = await env.BLOBS.list({ prefix: `agent-runs/${runId}/` });
  if (listed.objects.length) await env.BLOBS.delete(listed.objects.map((object) => object.key));
}

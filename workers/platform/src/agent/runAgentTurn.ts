import { computeCostUsd } from "@wove/ai";
import { agentRuns, projects, user, type Database, type ProjectRole } from "@wove/db";
import { isFinishedRun, type AgentPlan, type RunPerson } from "@wove/protocol";
import { eq } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action, can } from "../policy/can.ts";
import { roleOf, rolesOf, strongestOf } from "../projects/projectAccess.ts";
import { AgentRun, Superseded, type AgentRunRow } from "./AgentRun.ts";
import { loadAgentState, saveAgentState, type AgentState, type TurnOutcome } from "./AgentState.ts";
import { answerOf, PLANNING_TOOLS, type ModelAnswer } from "./answerOf.ts";
import { executeAgentTool, type ToolOutcome } from "./executeAgentTool.ts";
import { initialState } from "./initialState.ts";
import { readInbox } from "./readInbox.ts";
import type { TurnMemory } from "./TurnMemory.ts";

/** A run that has not called finish by then ends failed (the issue's default). */
export const MAX_TURNS = 40;
/** Failed build or preview checks in a row on one plan step before the step (and run) fails. */
export const MAX_FIX_ATTEMPTS = 3;
/** Answers in a row without a tool call before the run ends failed. */
export const MAX_IDLE_TURNS = 3;

/**
 * One durable step of a run: a model turn and its tool calls. Safe to run again: a turn whose
 * state is already saved answers its outcome, the model's answer is kept per turn (a repeat
 * neither pays for it twice nor gets a different one), and file operations are applied once
 * per call id by the room. Everything the run meets (a provider failing, a budget reached, the
 * starter losing edit rights, too many turns) ends in a state people see, with the reason.
 */
export async function runAgentTurn(
  env: Bindings,
  memory: TurnMemory,
  { runId, turn, instanceId }: { runId: string; turn: number; instanceId: string },
): Promise<TurnOutcome> {
  const { db } = memory;
  const saved = memory.saved;
  memory.saved = undefined;
  // The run with its starter's roles, in one round trip: both are read every turn (messages
  // arrive, a stop or a removal can happen at any time).
  const [read] = await db
    .select({ row: agentRuns, roles: rolesOf(agentRuns.projectId, agentRuns.createdBy) })
    .from(agentRuns)
    .where(eq(agentRuns.id, runId));
  const row = read?.row;
  // A stopped (or resumed) run's old instance may still be finishing a step: it has no say.
  if (!row || row.instanceId !== instanceId || isFinishedRun(row.status) || row.status === "queued") return "end";
  const role = row.createdBy ? strongestOf(read.roles) : null;
  memory.starter ??= await starterOf(db, row);
  const run = new AgentRun(env, db, row, memory.starter);
  const remembered = saved?.turns === turn;
  const state = remembered ? saved : ((await loadAgentState(env, runId)) ?? (await initialState(env, row)));
  if (state.turns > turn) return state.lastOutcome;
  if (row.status === "awaiting_approval") return "await_approval";
  try {
    const outcome = await takeTurn(env, db, run, state, turn, { remembered, role });
    // Saved by now (see save): the next turn of this invocation starts from it.
    memory.saved = state;
    return outcome;
  } catch (error) {
    if (error instanceof Superseded) return "end";
    if (error instanceof ApiError && error.status === 429) {
      await run.update({ status: "stopped", error: `${error.message} Raise the limit, then resume.` });
      return "end";
    }
    throw error;
  }
}

async function takeTurn(
  env: Bindings,
  db: Database,
  run: AgentRun,
  state: AgentState,
  turn: number,
  { remembered, role }: { remembered: boolean; role: ProjectRole | null },
) {
  const { row } = run;
  if (state.phase === "planning" && row.status === "running") {
    // Approved (perhaps with an edited plan) since the last turn.
    state.phase = "building";
    state.messages.push({ role: "user", content: `The plan is approved${planText(row.plan)}. Carry it out now.` });
    run.log("info", "plan approved; building");
  }
  const actor = { kind: "user" as const, userId: row.createdBy ?? "", email: "", name: run.startedBy.name };
  if (role !== "owner" && role !== "editor")
    return end(run, state, turn, "failed", `${run.startedBy.name} can no longer edit this project`);
  if (turn >= MAX_TURNS) return end(run, state, turn, "failed", `The agent did not finish within ${MAX_TURNS} turns`);
  if (row.budgetMicroUsd !== null && row.costMicroUsd >= row.budgetMicroUsd) {
    return end(
      run,
      state,
      turn,
      "stopped",
      `The run's budget of $${(row.budgetMicroUsd / 1e6).toFixed(2)} is spent. Raise it, then resume.`,
    );
  }
  await readInbox(db, run, state);

  // A turn that starts from the memory of this invocation's last one is its first attempt:
  // no answer can be kept for it yet.
  const { answer, keeping } = await answerOf(env, run, state, turn, !remembered);
  // The model may take a while: a run stopped meanwhile does nothing with its answer. The
  // answer is kept (and its usage counted) before any tool runs, checked at the same time.
  await Promise.all([run.assertCurrent(), keeping]);
  if ("error" in answer) {
    const stopped = answer.code === "budget_exceeded" || answer.code === "rate_limited";
    return end(run, state, turn, stopped ? "stopped" : "failed", `The model failed: ${answer.error}`);
  }
  const usage = {
    inputTokens: row.inputTokens + answer.usage.inputTokens,
    outputTokens: row.outputTokens + answer.usage.outputTokens,
    costMicroUsd: row.costMicroUsd + Math.round(answer.usage.costUsd * 1e6),
  };
  if (answer.text.trim()) run.log("model", answer.text.trim());
  state.messages.push({
    role: "assistant",
    content: answer.text,
    toolCalls: answer.toolCalls.map(({ malformed: _, ...call }) => call),
  });

  // Asked when the agent deploys, not at the start: rights taken away mid-run are taken from it too.
  const mayDeploy = async () => {
    const [project] = await db
      .select({ visibility: projects.visibility })
      .from(projects)
      .where(eq(projects.id, row.projectId));
    if (!project) return false;
    return can(actor, Action.Deploy, { visibility: project.visibility, role: await roleOf(db, row.projectId, actor) })
      .ok;
  };
  let plan: AgentPlan | null = row.plan;
  let finish: string | undefined;
  let deploymentUrl = row.deploymentUrl;
  const changed = new Set(row.filesChanged);
  let fixed = 0;
  for (const call of answer.toolCalls) {
    const allowed = state.phase === "building" || PLANNING_TOOLS.has(call.name);
    const outcome: ToolOutcome = allowed
      ? await executeAgentTool({ env, run, mayDeploy }, call)
      : { content: `${call.name} is not available while planning: look around, then call set_plan.`, isError: true };
    state.messages.push({
      role: "tool",
      toolCallId: call.id,
      name: call.name,
      content: outcome.content,
      ...(outcome.isError ? { isError: true } : {}),
    });
    if (outcome.plan) plan = outcome.plan;
    for (const path of outcome.wrote ?? []) {
      changed.add(path);
      state.dirty = true;
      if (plan) moveStep(plan, state, path);
    }
    fixed += outcome.fixed ?? 0;
    if (outcome.build)
      trackCheck(state, outcome.build.ok, outcome.build.error, () => (state.lastBuildOk = outcome.build!.ok));
    if (outcome.preview) {
      state.lastPreviewStatus = outcome.preview.status;
      trackCheck(state, !outcome.preview.error, outcome.preview.error);
    }
    if (outcome.deploymentUrl) deploymentUrl = outcome.deploymentUrl;
    if (outcome.finish !== undefined) finish = outcome.finish;
  }
  state.fixedWithoutModel += fixed;
  run.show({ fixedWithoutModel: state.fixedWithoutModel });
  await run.update({ ...usage, plan, filesChanged: [...changed], deploymentUrl, turns: turn + 1 });

  if (state.fixAttempts >= MAX_FIX_ATTEMPTS && plan) {
    const step = plan.steps[state.currentStep];
    if (step) step.status = "failed";
    await run.update({ plan });
    return end(
      run,
      state,
      turn,
      "failed",
      `Step ${state.currentStep + 1} failed after ${MAX_FIX_ATTEMPTS} fix attempts: ${state.lastError ?? ""}`,
    );
  }
  if (state.phase === "planning" && plan && row.plan === null) return planned(run, state, turn, plan, answer);
  if (finish !== undefined) return finished(env, run, state, turn, finish);
  if (answer.toolCalls.length === 0) {
    // A model that only talks would spend the run's turns saying so: after a few, it ends.
    state.idleTurns = (state.idleTurns ?? 0) + 1;
    if (state.idleTurns >= MAX_IDLE_TURNS) {
      return end(
        run,
        state,
        turn,
        "failed",
        `The model answered ${MAX_IDLE_TURNS} times in a row without using a tool`,
      );
    }
    state.messages.push({
      role: "user",
      content: "Use the tools to make progress; call finish when the build and preview pass.",
    });
  } else state.idleTurns = 0;
  return save(env, run, state, turn, "continue");
}

/** The plan is in: estimate it, then wait for approval unless the run may go without asking. */
async function planned(run: AgentRun, state: AgentState, turn: number, plan: AgentPlan, answer: ModelAnswer) {
  // Each step takes a few turns (write, build, fix); each turn resends the conversation.
  const turns = plan.steps.length * 3 + 2;
  const inputTokens = Math.round(turns * (answer.usage.inputTokens + 1_500 * (turns / 2)));
  const outputTokens = turns * 1_200;
  const estimate = { inputTokens, outputTokens, costUsd: computeCostUsd(answer.model, inputTokens, outputTokens) };
  run.show({ estimate });
  run.log("info", `estimate: about ${inputTokens + outputTokens} tokens, $${estimate.costUsd.toFixed(2)}`);
  if (run.row.autoApprove) {
    await run.update({ status: "running", approvedAt: new Date() });
    state.phase = "building";
    state.messages.push({ role: "user", content: "The plan is approved. Carry it out now." });
    return save(run.env, run, state, turn, "continue");
  }
  await run.update({ status: "awaiting_approval" });
  return save(run.env, run, state, turn, "await_approval");
}

/** `finish` holds only when the build passes and the preview answers 2xx: checked here if the agent did not. */
async function finished(env: Bindings, run: AgentRun, state: AgentState, turn: number, summary: string) {
  if (state.dirty || !state.lastBuildOk || state.lastPreviewStatus === null) {
    const build = await executeAgentTool(
      { env, run, mayDeploy: async () => false },
      { id: `finish-build-${turn}`, name: "run_build", arguments: {} },
    );
    const preview = build.isError
      ? build
      : await executeAgentTool(
          { env, run, mayDeploy: async () => false },
          { id: `finish-preview-${turn}`, name: "check_preview", arguments: {} },
        );
    if (build.isError || preview.isError) {
      trackCheck(state, false, (preview.isError ? preview : build).content);
      state.messages.push({
        role: "user",
        content: `You called finish, but the checks fail:\n${(preview.isError ? preview : build).content}\nFix it, then finish.`,
      });
      if (state.fixAttempts >= MAX_FIX_ATTEMPTS)
        return end(run, state, turn, "failed", `The build or preview still fails: ${state.lastError ?? ""}`);
      return save(env, run, state, turn, "continue");
    }
    state.lastPreviewStatus = preview.preview?.status ?? 200;
  }
  const plan = run.row.plan;
  if (plan) for (const step of plan.steps) if (step.status !== "failed") step.status = "done";
  await run.update({ status: "succeeded", summary, plan, finishedAt: new Date() });
  run.log("info", `finished: ${summary}`);
  return save(env, run, state, turn, "end");
}

async function end(run: AgentRun, state: AgentState, turn: number, status: "failed" | "stopped", reason: string) {
  run.log("error", reason);
  await run.update({ status, error: reason, ...(status === "failed" ? { finishedAt: new Date() } : {}) });
  return save(run.env, run, state, turn, "end");
}

async function save(env: Bindings, run: AgentRun, state: AgentState, turn: number, outcome: TurnOutcome) {
  state.turns = turn + 1;
  state.lastOutcome = outcome;
  // Independent writes, made together: the live view, and the memory the next turn reads.
  await Promise.all([run.flush({ onlyPending: true }), saveAgentState(env, run.row.id, state)]);
  return outcome;
}

/** Moves the plan on when the agent writes a file of a later step: the steps before it are done. */
function moveStep(plan: AgentPlan, state: AgentState, path: string): void {
  const index = plan.steps.findIndex((step, i) => i >= state.currentStep && step.files.includes(path));
  if (index > state.currentStep) {
    for (let i = state.currentStep; i < index; i++)
      if (plan.steps[i]!.status !== "failed") plan.steps[i]!.status = "done";
    state.currentStep = index;
    state.fixAttempts = 0;
  }
  const step = plan.steps[state.currentStep];
  if (step && step.status === "pending") step.status = "running";
}

function trackCheck(state: AgentState, ok: boolean, error: string | undefined, also?: () => void): void {
  also?.();
  if (ok) {
    state.fixAttempts = 0;
    state.dirty = false;
    return;
  }
  state.fixAttempts++;
  state.lastError = error ?? null;
}

function planText(plan: AgentPlan | null): string {
  if (!plan) return "";
  return `: "${plan.title}"\n${plan.steps.map((step, i) => `${i + 1}. ${step.title}`).join("\n")}`;
}

async function starterOf(db: Database, row: AgentRunRow): Promise<RunPerson> {
  if (!row.createdBy) return { id: "", name: "someone" };
  const [person] = await db.select({ name: user.name }).from(user).where(eq(user.id, row.createdBy));
  return { id: row.createdBy, name: person?.name ?? "someone" };
}

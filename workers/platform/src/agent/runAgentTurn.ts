import { type AiEvent, type ChatMessage, computeCostUsd, Task, type ToolCall } from "@wove/ai";
import { agentRuns, projects, user, type Database, type ProjectRole } from "@wove/db";
import { isFinishedRun, type AgentPlan, type RunPerson } from "@wove/protocol";
import { eq, sql } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { enforceAiLimits } from "../ai/enforceAiLimits.ts";
import { meteredCompletion } from "../ai/meteredCompletion.ts";
import { readAiLimits } from "../ai/readAiLimits.ts";
import { saveUsage } from "../ai/saveUsage.ts";
import { ApiError } from "../errors/ApiError.ts";
import { logError } from "../log.ts";
import { Action, can } from "../policy/can.ts";
import { roleOf, rolesOf, strongestOf } from "../projects/projectAccess.ts";
import { agentInstructions } from "./agentInstructions.ts";
import { AgentRun, Superseded, type AgentRunRow } from "./AgentRun.ts";
import { answerKeyOf, loadAgentState, saveAgentState, type AgentState, type TurnOutcome } from "./AgentState.ts";
import { AGENT_MAX_FILE_BYTES, executeAgentTool, type ToolOutcome } from "./executeAgentTool.ts";
import { WriteStreamer } from "./WriteStreamer.ts";
import { agentToolSpecs } from "./tools/agentToolSpecs.ts";
import type { TurnMemory } from "./TurnMemory.ts";

/** A run that has not called finish by then ends failed (the issue's default). */
export const MAX_TURNS = 40;
/** Failed build or preview checks in a row on one plan step before the step (and run) fails. */
export const MAX_FIX_ATTEMPTS = 3;
/** Answers in a row without a tool call before the run ends failed. */
export const MAX_IDLE_TURNS = 3;
/** A follow-up run carries its predecessor's tool results cut to this many characters. */
const FOLLOW_UP_RESULT_CHARS = 2_000;
const PLANNING_TOOLS = new Set(["list_files", "read_file", "search", "set_plan"]);

interface ModelAnswer {
  text: string;
  toolCalls: Array<ToolCall & { malformed?: true }>;
  model: string;
  usage: { inputTokens: number; outputTokens: number; costUsd: number };
}

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

/**
 * The model's answer for this turn: the one kept from an earlier attempt, or a new one, with
 * `keeping`, which settles once a new answer is in R2 and its usage counted (the caller waits
 * for it alongside its own check rather than after it).
 */
async function answerOf(
  env: Bindings,
  run: AgentRun,
  state: AgentState,
  turn: number,
  mayBeKept: boolean,
): Promise<{ answer: ModelAnswer | { error: string; code: string }; keeping?: Promise<unknown> }> {
  const key = answerKeyOf(run.row.id, turn);
  const kept = mayBeKept ? await env.BLOBS.get(key) : null;
  if (kept) return { answer: (await kept.json()) as ModelAnswer };
  const { row } = run;
  const userId = row.createdBy ?? "";
  const config = await enforceAiLimits({
    env,
    userId,
    projectId: row.projectId,
    choice: row.model,
    // Starting (or resuming) the run counted against the person's request rate; its turns,
    // one at a time and paced by the platform, count against the budgets only, so a fast
    // run is not stopped halfway by a limit meant for people's requests.
    limits: { ...readAiLimits(env), requestsPerMinute: null },
  });
  const tools =
    state.phase === "planning" ? agentToolSpecs.filter((tool) => PLANNING_TOOLS.has(tool.name)) : agentToolSpecs;
  // While building, new files are written into the room as the model writes them.
  const streamer =
    state.phase === "building"
      ? new WriteStreamer(run.room, row.id, run.startedBy.name, AGENT_MAX_FILE_BYTES)
      : undefined;
  let counting: Promise<void> | undefined;
  const events = meteredCompletion(
    {
      task: Task.CodeEdit,
      tier: "strong",
      choice: row.model,
      tools,
      streamToolArguments: streamer !== undefined,
      maxOutputTokens: 8_192,
      context: { instructions: agentInstructions(state.phase, row.plan), conversation: state.messages },
    },
    {
      config,
      signal: new AbortController().signal,
      userId,
      projectId: row.projectId,
      // Counted while the answer is kept (see keeping), not before the stream ends.
      saveUsage: (rows) => {
        counting = saveUsage(env, rows).catch((error: unknown) => logError("AI usage not recorded", error, { rows }));
        return Promise.resolve();
      },
    },
  );
  const answer: ModelAnswer = {
    text: "",
    toolCalls: [],
    model: "",
    usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 },
  };
  for await (const event of events as AsyncIterable<AiEvent>) {
    if (event.type === "delta") answer.text += event.text;
    else if (event.type === "tool_call_delta") streamer?.add(event);
    else if (event.type === "tool_call") {
      const { type: _, ...call } = event;
      answer.toolCalls.push(call);
    } else if (event.type === "done") {
      answer.model = event.model;
      answer.usage = event.usage;
    } else if (event.type === "error") {
      // The answer broke off: files it had begun to stream are taken back.
      await streamer?.settle();
      await Promise.all([counting, ...(streamer?.streamed ?? []).map((id) => run.room.agentDropStream(row.id, id))]);
      return { answer: { error: event.message, code: event.code } };
    }
  }
  await streamer?.settle();
  return { answer, keeping: Promise.all([env.BLOBS.put(key, JSON.stringify(answer)), counting]) };
}

/** Steering messages sent since the last turn become the model's next user message. */
async function readInbox(db: Database, run: AgentRun, state: AgentState): Promise<void> {
  const unread = run.row.inbox.filter((message) => message.readAt === undefined);
  if (unread.length === 0) return;
  const now = Date.now();
  state.messages.push({
    role: "user",
    content: unread.map((message) => `Message from ${message.by.name}, in the room: ${message.text}`).join("\n\n"),
  });
  for (const message of unread) run.log("info", `read ${message.by.name}'s message`);
  // Marked read in one statement: a message sent meanwhile is appended by SQL too, and stays.
  const ids = unread.map((message) => message.id);
  await db
    .update(agentRuns)
    .set({
      inbox: sql`(SELECT coalesce(jsonb_agg(CASE WHEN m->>'id' IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}) THEN m || jsonb_build_object('readAt', ${now}::bigint) ELSE m END), '[]'::jsonb) FROM jsonb_array_elements(${agentRuns.inbox}) AS m)`,
    })
    .where(eq(agentRuns.id, run.row.id));
  run.row = {
    ...run.row,
    inbox: run.row.inbox.map((message) => (ids.includes(message.id) ? { ...message, readAt: now } : message)),
  };
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

/**
 * A new run's memory: its prompt, after the conversation of the run it follows up ("now add
 * dark mode" continues with what the agent read and wrote before), whose older tool results
 * are shortened so a long history does not crowd the window.
 */
async function initialState(env: Bindings, row: AgentRunRow): Promise<AgentState> {
  const parent = row.parentRunId ? await loadAgentState(env, row.parentRunId) : null;
  const history = (parent?.messages ?? []).map((message) =>
    message.role === "tool" && message.content.length > FOLLOW_UP_RESULT_CHARS
      ? { ...message, content: `${message.content.slice(0, FOLLOW_UP_RESULT_CHARS)}\n[shortened: read the file again]` }
      : message,
  );
  return {
    turns: 0,
    phase: "planning",
    messages: [
      ...history,
      { role: "user", content: parent ? `Next request: ${row.prompt}` : row.prompt } satisfies ChatMessage,
    ],
    lastOutcome: "continue",
    fixAttempts: 0,
    currentStep: 0,
    dirty: false,
    lastBuildOk: false,
    lastPreviewStatus: null,
    lastError: null,
    fixedWithoutModel: 0,
    idleTurns: 0,
  };
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

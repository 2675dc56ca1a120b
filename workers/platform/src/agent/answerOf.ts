import { type AiEvent, Task, type ToolCall } from "@wove/ai";
import type { Bindings } from "../AppEnv.ts";
import { enforceAiLimits } from "../ai/enforceAiLimits.ts";
import { meteredCompletion } from "../ai/meteredCompletion.ts";
import { readAiLimits } from "../ai/readAiLimits.ts";
import { saveUsage } from "../ai/saveUsage.ts";
import { logError } from "../log.ts";
import { agentInstructions } from "./agentInstructions.ts";
import type { AgentRun } from "./AgentRun.ts";
import { answerKeyOf, type AgentState } from "./AgentState.ts";
import { AGENT_MAX_FILE_BYTES } from "./executeAgentTool.ts";
import { agentToolSpecs } from "./tools/agentToolSpecs.ts";
import { WriteStreamer } from "./WriteStreamer.ts";

/** The tools a run may use before its plan is approved. */
export const PLANNING_TOOLS = new Set(["list_files", "read_file", "search", "set_plan"]);

/** One model turn's answer, as kept in R2 (`answerKeyOf`). */
export interface ModelAnswer {
  text: string;
  toolCalls: Array<ToolCall & { malformed?: true }>;
  model: string;
  usage: { inputTokens: number; outputTokens: number; costUsd: number };
}

/**
 * The model's answer for this turn: the one kept from an earlier attempt, or a new one, with
 * `keeping`, which settles once a new answer is in R2 and its usage counted (the caller waits
 * for it alongside its own check rather than after it).
 */
export async function answerOf(
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

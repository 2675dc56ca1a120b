import type { ChatMessage } from "@wove/ai";
import type { Bindings } from "../AppEnv.ts";
import type { AgentRunRow } from "./AgentRun.ts";
import { loadAgentState, type AgentState } from "./AgentState.ts";

/** A follow-up run carries its predecessor's tool results cut to this many characters. */
const FOLLOW_UP_RESULT_CHARS = 2_000;

/**
 * A new run's memory: its prompt, after the conversation of the run it follows up ("now add
 * dark mode" continues with what the agent read and wrote before), whose older tool results
 * are shortened so a long history does not crowd the window.
 */
export async function initialState(env: Bindings, row: AgentRunRow): Promise<AgentState> {
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

import * as Y from "yjs";

/** What the agent is doing, as its presence says. */
export type AgentActivity = "writing" | "editing";

/** The agent's colour in every client (a person's colour is theirs; see `@wove/sync` assignColors). */
export const AGENT_COLOR = "#7c3aed";

/**
 * The working agent as a presence state, in the shape clients publish theirs (`@wove/sync`
 * Presence): a `user` named for the agent, the file it is in, its caret there (as Yjs
 * relative positions, like a person's cursor) and `agentRun`, which tells clients this is
 * the agent working for someone rather than a person.
 */
export function agentPresence(at: {
  runId: string;
  for: string;
  activity: AgentActivity;
  fileId: string;
  ytext?: Y.Text;
  index?: number;
}): object {
  const caret =
    at.ytext && at.index !== undefined
      ? Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(at.ytext, at.index, at.index > 0 ? -1 : 0))
      : null;
  return {
    user: { name: "AI agent", color: AGENT_COLOR, id: `agent:${at.runId}` },
    file: at.fileId,
    cursor: caret ? { anchor: caret, head: caret } : null,
    agentRun: { runId: at.runId, for: at.for, activity: at.activity },
  };
}

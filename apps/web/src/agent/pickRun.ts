import type { AgentRunView } from "@wove/protocol";

/**
 * The runs newest first, and the one the panel shows: the one chosen while it is still
 * in the document (D17 drops old finished runs), else the newest.
 */
export function pickRun(
  runs: readonly AgentRunView[],
  chosenId: string | null,
): { newestFirst: AgentRunView[]; shown: AgentRunView | null } {
  const newestFirst = [...runs].sort((a, b) => b.createdAt - a.createdAt);
  const shown = newestFirst.find((run) => run.id === chosenId) ?? newestFirst[0] ?? null;
  return { newestFirst, shown };
}

import type { AgentRunView } from "@wove/protocol";

/** A run as the document holds it, for tests: queued by Ana, with what a test overrides. */
export function fakeRun(id: string, fields: Partial<AgentRunView> = {}): AgentRunView {
  return {
    id,
    prompt: `Build ${id}`,
    pipeline: "build",
    model: "auto",
    status: "queued",
    startedBy: { id: "u-ana", name: "Ana" },
    createdAt: 1_000,
    updatedAt: 1_000,
    plan: null,
    estimate: null,
    usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 },
    budgetUsd: null,
    filesChanged: [],
    fixedWithoutModel: 0,
    log: [],
    ...fields,
  };
}

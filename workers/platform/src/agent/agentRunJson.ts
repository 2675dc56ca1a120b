import type { AgentRunView } from "@wove/protocol";
import type { AgentRunRow } from "./AgentRun.ts";

/**
 * A run as the API answers it: the durable row, with the log (which lives in the room's
 * document) when the caller asked for one run.
 */
export function agentRunJson(row: AgentRunRow, view?: AgentRunView) {
  return {
    id: row.id,
    status: row.status,
    prompt: row.prompt,
    pipeline: row.pipeline,
    model: row.model,
    plan: row.plan,
    steps: (row.plan?.steps ?? []).map((step) => ({ title: step.title, status: step.status })),
    ...(view ? { log: view.log, estimate: view.estimate, fixedWithoutModel: view.fixedWithoutModel } : {}),
    usage: { inputTokens: row.inputTokens, outputTokens: row.outputTokens, costUsd: row.costMicroUsd / 1e6 },
    budgetUsd: row.budgetMicroUsd === null ? null : row.budgetMicroUsd / 1e6,
    filesChanged: row.filesChanged,
    ...(row.deploymentUrl ? { deploymentUrl: row.deploymentUrl } : {}),
    ...(row.summary ? { summary: row.summary } : {}),
    ...(row.error ? { error: row.error } : {}),
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

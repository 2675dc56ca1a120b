import { agentRuns } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import { and, eq, inArray, ne } from "drizzle-orm";
import type { Context } from "hono";
import type { z } from "zod";
import type { resumeAgentRunSchema } from "../agent/agentSchemas.ts";
import { loadAgentState } from "../agent/AgentState.ts";
import { findAgentRun } from "../agent/findAgentRun.ts";
import { ACTIVE_STATUSES, launch } from "../agent/startAgentRun.ts";
import { enforceAiLimits } from "../ai/enforceAiLimits.ts";
import { readAiLimits } from "../ai/readAiLimits.ts";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject, requireUser } from "../projects/projectAccess.ts";

type Input = { out: { json: z.output<typeof resumeAgentRunSchema> } };

/**
 * `POST …/agent-runs/:runId/resume {budgetUsd?}`: a stopped or failed run goes on from the turn
 * it was on, with its conversation and edits as they were (a new Workflow instance; finished
 * turns are not repeated). A run stopped by its budget resumes once the budget is raised.
 */
export async function resumeAgentRun(c: Context<AppEnv, string, Input>): Promise<Response> {
  const actor = await requireUser(c);
  const { project, db } = await authorizeProject(c, Action.WriteContent);
  const row = await findAgentRun(db, project.id, c.req.param("runId") ?? "");
  if (row.status !== "stopped" && row.status !== "failed") {
    throw new ApiError(
      409,
      ApiErrorCode.Conflict,
      `Only a stopped or failed run resumes; this one is ${row.status.replace("_", " ")}`,
    );
  }
  const budgetUsd = c.req.valid("json").budgetUsd;
  const budgetMicroUsd = budgetUsd === undefined ? row.budgetMicroUsd : Math.round(budgetUsd * 1e6);
  if (budgetMicroUsd !== null && row.costMicroUsd >= budgetMicroUsd) {
    throw new ApiError(
      429,
      ApiErrorCode.RateLimited,
      `The run has spent its budget of $${(budgetMicroUsd / 1e6).toFixed(2)}: resume with a higher budgetUsd`,
    );
  }
  const [busy] = await db
    .select({ id: agentRuns.id })
    .from(agentRuns)
    .where(
      and(
        eq(agentRuns.projectId, project.id),
        ne(agentRuns.id, row.id),
        inArray(agentRuns.status, [...ACTIVE_STATUSES]),
      ),
    )
    .limit(1);
  if (busy)
    throw new ApiError(
      409,
      ApiErrorCode.Conflict,
      "Another agent run is working on this project: stop it or wait for it",
    );
  await enforceAiLimits({
    env: c.env,
    userId: actor.userId,
    projectId: project.id,
    choice: row.model,
    limits: readAiLimits(c.env),
  });
  // A run stopped before its plan was approved goes back to the gate; one without a plan plans.
  const status = row.plan === null ? "planning" : row.approvedAt === null ? "awaiting_approval" : "running";
  const [resumed] = await db
    .update(agentRuns)
    .set({ status, budgetMicroUsd, error: null, finishedAt: null, updatedAt: new Date() })
    .where(and(eq(agentRuns.id, row.id), inArray(agentRuns.status, ["stopped", "failed"])))
    .returning();
  if (!resumed) throw new ApiError(409, ApiErrorCode.Conflict, "Someone else resumed the run first");
  await c.env.ROOMS.getByName(project.id).agentRun(row.id, { status, error: undefined }, [
    { at: Date.now(), kind: "info", text: `${actor.name} resumed the run` },
  ]);
  // The saved state says which turns are done (the row's count can be one ahead of it when a
  // step died between the two writes; that turn then runs again, from its kept answer).
  await launch(c.env, db, resumed, (await loadAgentState(c.env, row.id))?.turns ?? 0);
  return c.json({ run: { id: row.id, status } }, 202);
}

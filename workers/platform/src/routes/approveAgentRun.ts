import { agentRuns } from "@wove/db";
import { ApiErrorCode } from "@wove/protocol";
import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import type { z } from "zod";
import type { approveAgentRunSchema } from "../agent/agentSchemas.ts";
import { findAgentRun } from "../agent/findAgentRun.ts";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject, requireUser } from "../projects/projectAccess.ts";

type Input = { out: { json: z.output<typeof approveAgentRunSchema> } };

/**
 * `POST …/agent-runs/:runId/approve {plan?}`: any editor lets a planned run go on, with the
 * plan as they edited it. The run's Workflow is waiting for this event; the agent is told the
 * approved plan at its next turn.
 */
export async function approveAgentRun(c: Context<AppEnv, string, Input>): Promise<Response> {
  const actor = await requireUser(c);
  const { project, db } = await authorizeProject(c, Action.WriteContent);
  const row = await findAgentRun(db, project.id, c.req.param("runId") ?? "");
  if (row.status !== "awaiting_approval") {
    throw new ApiError(
      409,
      ApiErrorCode.Conflict,
      `The run is ${row.status.replace("_", " ")}, not waiting for approval`,
    );
  }
  const edited = c.req.valid("json").plan;
  const plan = edited
    ? {
        title: edited.title,
        steps: edited.steps.map((step) => ({ title: step.title, files: step.files ?? [], status: "pending" as const })),
      }
    : row.plan;
  const [updated] = await db
    .update(agentRuns)
    .set({ status: "running", plan, approvedAt: new Date(), updatedAt: new Date() })
    .where(and(eq(agentRuns.id, row.id), eq(agentRuns.status, "awaiting_approval")))
    .returning();
  if (!updated) throw new ApiError(409, ApiErrorCode.Conflict, "Someone else approved or stopped the run first");
  await c.env.ROOMS.getByName(project.id).agentRun(updated.id, { status: "running", plan }, [
    { at: Date.now(), kind: "info", text: `${actor.name} approved the plan${edited ? " (edited)" : ""}` },
  ]);
  if (updated.instanceId)
    await (await c.env.AGENT_WORKFLOW.get(updated.instanceId)).sendEvent({ type: "approve", payload: {} });
  return c.json({ run: { id: updated.id, status: updated.status } });
}

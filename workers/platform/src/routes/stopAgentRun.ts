import { agentRuns } from "@wove/db";
import { ApiErrorCode, isFinishedRun } from "@wove/protocol";
import { and, eq, notInArray } from "drizzle-orm";
import type { Context } from "hono";
import { findAgentRun } from "../agent/findAgentRun.ts";
import { startNextRun } from "../agent/startAgentRun.ts";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { logError } from "../log.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject, requireUser } from "../projects/projectAccess.ts";

/**
 * `POST …/agent-runs/:runId/stop`: any editor stops a run at once (its Workflow instance is
 * terminated; what it wrote so far stays, and undo can take it back). It can be resumed from
 * the turn it was on. A queued run is simply taken off the queue.
 */
export async function stopAgentRun(c: Context<AppEnv>): Promise<Response> {
  const actor = await requireUser(c);
  const { project, db } = await authorizeProject(c, Action.WriteContent);
  const row = await findAgentRun(db, project.id, c.req.param("runId") ?? "");
  if (isFinishedRun(row.status)) throw new ApiError(409, ApiErrorCode.Conflict, `The run already ${row.status}`);
  const reason = `Stopped by ${actor.name}`;
  const [stopped] = await db
    .update(agentRuns)
    .set({ status: "stopped", error: reason, updatedAt: new Date() })
    .where(and(eq(agentRuns.id, row.id), notInArray(agentRuns.status, ["succeeded", "failed", "stopped"])))
    .returning();
  if (!stopped) throw new ApiError(409, ApiErrorCode.Conflict, "The run ended first");
  if (row.instanceId && row.status !== "queued") {
    try {
      await (await c.env.AGENT_WORKFLOW.get(row.instanceId)).terminate();
    } catch (error) {
      // Already over (it ended between the read and here): the status above holds.
      logError("agent: terminate failed", error, { runId: row.id });
    }
  }
  await c.env.ROOMS.getByName(project.id).agentRun(row.id, { status: "stopped", error: reason }, [
    { at: Date.now(), kind: "info", text: reason },
  ]);
  c.executionCtx.waitUntil(startNextRun(c.env, row.id));
  return c.json({ run: { id: row.id, status: "stopped" } });
}

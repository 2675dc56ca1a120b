import { ApiErrorCode, isFinishedRun } from "@wove/protocol";
import type { Context } from "hono";
import { findAgentRun } from "../agent/findAgentRun.ts";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject, requireUser } from "../projects/projectAccess.ts";

/**
 * `POST …/agent-runs/:runId/undo`: reverts every change the run made to the files, in one
 * transaction in the room, leaving what people typed meanwhile (SPEC D18). A working run is
 * stopped first: undoing under it would race its next edit.
 */
export async function undoAgentRun(c: Context<AppEnv>): Promise<Response> {
  const actor = await requireUser(c);
  const { project, db } = await authorizeProject(c, Action.WriteContent);
  const row = await findAgentRun(db, project.id, c.req.param("runId") ?? "");
  if (!isFinishedRun(row.status)) throw new ApiError(409, ApiErrorCode.Conflict, "Stop the run before undoing it");
  const room = c.env.ROOMS.getByName(project.id);
  const result = await room.agentUndo(row.id, `${actor.name} (undo of an agent run)`);
  const text = `${actor.name} undid the run (${result.reverted} change${result.reverted === 1 ? "" : "s"} reverted${result.skipped.length ? `; kept: ${result.skipped.join("; ")}` : ""})`;
  await room.agentRun(row.id, {}, [{ at: Date.now(), kind: "info", text }]);
  return c.json({ reverted: result.reverted, skipped: result.skipped });
}

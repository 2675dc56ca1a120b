import type { Context } from "hono";
import { agentRunJson } from "../agent/agentRunJson.ts";
import { findAgentRun } from "../agent/findAgentRun.ts";
import type { AppEnv } from "../AppEnv.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/** `GET /api/projects/:id/agent-runs/:runId`: one run, with its log from the room. */
export async function getAgentRun(c: Context<AppEnv>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.ReadProject);
  const row = await findAgentRun(db, project.id, c.req.param("runId") ?? "");
  const view = await c.env.ROOMS.getByName(project.id).agentRunView(row.id);
  return c.json({ run: agentRunJson(row, view ?? undefined) });
}

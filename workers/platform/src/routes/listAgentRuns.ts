import { agentRuns } from "@wove/db";
import { desc, eq } from "drizzle-orm";
import type { Context } from "hono";
import { agentRunJson } from "../agent/agentRunJson.ts";
import type { AppEnv } from "../AppEnv.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject } from "../projects/projectAccess.ts";

/** `GET /api/projects/:id/agent-runs`: the project's runs, newest first (anyone who can see it). */
export async function listAgentRuns(c: Context<AppEnv>): Promise<Response> {
  const { project, db } = await authorizeProject(c, Action.ReadProject);
  const rows = await db
    .select()
    .from(agentRuns)
    .where(eq(agentRuns.projectId, project.id))
    .orderBy(desc(agentRuns.createdAt))
    .limit(100);
  return c.json({ runs: rows.map((row) => agentRunJson(row)) });
}

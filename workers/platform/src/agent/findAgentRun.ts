import { agentRuns, type Database } from "@wove/db";
import { and, eq } from "drizzle-orm";
import { ApiError } from "../errors/ApiError.ts";
import type { AgentRunRow } from "./AgentRun.ts";

/** The project's run `runId`, or 404 (a run of another project is not found here either). */
export async function findAgentRun(db: Database, projectId: string, runId: string): Promise<AgentRunRow> {
  const [row] = await db
    .select()
    .from(agentRuns)
    .where(and(eq(agentRuns.id, runId), eq(agentRuns.projectId, projectId)));
  if (!row) throw new ApiError(404, "not_found", "No such agent run in this project");
  return row;
}

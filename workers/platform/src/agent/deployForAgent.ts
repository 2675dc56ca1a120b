import { deployments, projects, withDatabase } from "@wove/db";
import { eq } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { queueDeployment } from "../deploys/queueDeployment.ts";
import { sha256Hex } from "../projects/sha256Hex.ts";
import type { AgentRun } from "./AgentRun.ts";

const FINISHED = new Set(["live", "failed", "rolled_back"]);
const WAIT_MS = 120_000;

/**
 * The agent's `deploy`: a deployment like a person's (same queue, build, sandbox and health
 * check), asked for in the name of the person who started the run, and waited for. Its id
 * comes from the tool call, so a step that runs again waits for the same deployment.
 */
export async function deployForAgent(env: Bindings, run: AgentRun, callId: string) {
  const id = `agent_${(await sha256Hex(new TextEncoder().encode(`${run.row.id}:${callId}`))).slice(0, 24)}`;
  await withDatabase(env, async (db) => {
    const [existing] = await db.select({ id: deployments.id }).from(deployments).where(eq(deployments.id, id));
    if (existing) return;
    const [project] = await db.select().from(projects).where(eq(projects.id, run.row.projectId));
    if (!project) throw new Error("the run's project is gone");
    const who = run.row.createdBy ? { userId: run.row.createdBy, name: `${run.startedBy.name} (agent)` } : null;
    await queueDeployment(env, db, project, who, run.row.origin || "http://localhost/", id);
  });
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const row = await withDatabase(
      env,
      async (db) => (await db.select().from(deployments).where(eq(deployments.id, id)))[0],
    );
    if (!row) throw new Error("the agent's deployment disappeared");
    if (FINISHED.has(row.status)) return { status: row.status, url: row.url, log: row.log };
    if (Date.now() > until)
      return { status: row.status, url: row.url, log: [...row.log, "Still deploying after 2 minutes"] };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

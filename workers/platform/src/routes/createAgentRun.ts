import type { Context } from "hono";
import type { z } from "zod";
import { type createAgentRunSchema } from "../agent/agentSchemas.ts";
import { startRunFor } from "../agent/startRunFor.ts";
import type { AppEnv } from "../AppEnv.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject, requireUser } from "../projects/projectAccess.ts";

type Input = { out: { json: z.output<typeof createAgentRunSchema> } };

/**
 * `POST /api/projects/:id/agent-runs`: starts the builder agent on the project (editors and
 * owners), or queues it behind the project's running agent. 202 at once: the run goes on
 * server-side, and its plan, log and usage appear live in the project's document.
 */
export async function createAgentRun(c: Context<AppEnv, string, Input>): Promise<Response> {
  const actor = await requireUser(c);
  const { project, db } = await authorizeProject(c, Action.WriteContent);
  const row = await startRunFor(c.env, db, project.id, actor, c.req.valid("json"), c.req.url);
  return c.json({ run: { id: row.id, status: row.status } }, 202);
}

import { agentRuns, type AgentInboxMessage } from "@wove/db";
import { ApiErrorCode, isFinishedRun, newId } from "@wove/protocol";
import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { z } from "zod";
import type { messageAgentRunSchema } from "../agent/agentSchemas.ts";
import { findAgentRun } from "../agent/findAgentRun.ts";
import type { AppEnv } from "../AppEnv.ts";
import { ApiError } from "../errors/ApiError.ts";
import { Action } from "../policy/can.ts";
import { authorizeProject, requireUser } from "../projects/projectAccess.ts";

type Input = { out: { json: z.output<typeof messageAgentRunSchema> } };

/** Unread messages a run holds at most: steering, not a chat. */
const INBOX_LIMIT = 50;

/**
 * `POST …/agent-runs/:runId/messages {text}`: any editor steers a working run ("use Tailwind").
 * The agent reads it at its next turn; the log shows it with who sent it, for everyone.
 */
export async function messageAgentRun(c: Context<AppEnv, string, Input>): Promise<Response> {
  const actor = await requireUser(c);
  const { project, db } = await authorizeProject(c, Action.WriteContent);
  const row = await findAgentRun(db, project.id, c.req.param("runId") ?? "");
  if (isFinishedRun(row.status)) {
    throw new ApiError(409, ApiErrorCode.Conflict, `The run ${row.status}: start a follow-up run instead`);
  }
  if (row.inbox.filter((message) => message.readAt === undefined).length >= INBOX_LIMIT) {
    throw new ApiError(429, ApiErrorCode.RateLimited, `The run has ${INBOX_LIMIT} unread messages already`);
  }
  const by = { id: actor.userId, name: actor.name };
  const message: AgentInboxMessage = { id: newId(), by, text: c.req.valid("json").text, at: Date.now() };
  // Appended in SQL: two editors sending at once must not overwrite each other's message.
  await db
    .update(agentRuns)
    .set({ inbox: sql`${agentRuns.inbox} || ${JSON.stringify([message])}::jsonb` })
    .where(eq(agentRuns.id, row.id));
  await c.env.ROOMS.getByName(project.id).agentRun(row.id, {}, [
    { at: message.at, kind: "message", text: message.text, by },
  ]);
  return c.json({ message: { id: message.id } }, 202);
}

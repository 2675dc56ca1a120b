import { agentRuns, type Database } from "@wove/db";
import { eq, sql } from "drizzle-orm";
import type { AgentRun } from "./AgentRun.ts";
import type { AgentState } from "./AgentState.ts";

/** Steering messages sent since the last turn become the model's next user message. */
export async function readInbox(db: Database, run: AgentRun, state: AgentState): Promise<void> {
  const unread = run.row.inbox.filter((message) => message.readAt === undefined);
  if (unread.length === 0) return;
  const now = Date.now();
  state.messages.push({
    role: "user",
    content: unread.map((message) => `Message from ${message.by.name}, in the room: ${message.text}`).join("\n\n"),
  });
  for (const message of unread) run.log("info", `read ${message.by.name}'s message`);
  // Marked read in one statement: a message sent meanwhile is appended by SQL too, and stays.
  const ids = unread.map((message) => message.id);
  await db
    .update(agentRuns)
    .set({
      inbox: sql`(SELECT coalesce(jsonb_agg(CASE WHEN m->>'id' IN (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )}) THEN m || jsonb_build_object('readAt', ${now}::bigint) ELSE m END), '[]'::jsonb) FROM jsonb_array_elements(${agentRuns.inbox}) AS m)`,
    })
    .where(eq(agentRuns.id, run.row.id));
  run.row = {
    ...run.row,
    inbox: run.row.inbox.map((message) => (ids.includes(message.id) ? { ...message, readAt: now } : message)),
  };
}

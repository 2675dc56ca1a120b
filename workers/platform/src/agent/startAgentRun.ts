import { agentRuns, withDatabase, type Database } from "@wove/db";
import { newId } from "@wove/protocol";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { AgentRun, type AgentRunRow } from "./AgentRun.ts";

/** Statuses of a run that holds the project: a second run waits behind it. */
export const ACTIVE_STATUSES = ["planning", "awaiting_approval", "running"] as const;

export interface NewRun {
  projectId: string;
  startedBy: { id: string; name: string };
  prompt: string;
  pipeline: string;
  model: string;
  budgetUsd: number | null;
  autoApprove: boolean;
  origin: string;
  parentRunId?: string;
}

/**
 * Records a run and starts it, or queues it behind the project's active run (two agents never
 * edit one project blind). Its live view appears in the room at once, queued or not.
 */
export async function createAgentRun(env: Bindings, db: Database, input: NewRun): Promise<AgentRunRow> {
  const [active] = await db
    .select({ id: agentRuns.id })
    .from(agentRuns)
    .where(and(eq(agentRuns.projectId, input.projectId), inArray(agentRuns.status, [...ACTIVE_STATUSES])))
    .limit(1);
  const [row] = await db
    .insert(agentRuns)
    .values({
      id: newId(),
      projectId: input.projectId,
      createdBy: input.startedBy.id,
      prompt: input.prompt,
      pipeline: input.pipeline,
      model: input.model,
      status: active ? "queued" : "planning",
      autoApprove: input.autoApprove,
      budgetMicroUsd: input.budgetUsd === null ? null : Math.round(input.budgetUsd * 1e6),
      origin: input.origin,
      parentRunId: input.parentRunId ?? null,
    })
    .returning();
  if (!row) throw new Error("insert returned no run");
  const run = new AgentRun(env, db, row, input.startedBy);
  run.log(
    "info",
    active ? `${input.startedBy.name} asked; waiting for the run before it to end` : `${input.startedBy.name} asked`,
  );
  await run.flush();
  if (!active) await launch(env, db, row, 0);
  return run.row;
}

/** Starts a Workflow instance on the run from `fromTurn` (a resumed run gets a new instance). */
export async function launch(env: Bindings, db: Database, row: AgentRunRow, fromTurn: number): Promise<void> {
  const instanceId = `${row.id}-${fromTurn}-${newId(6)}`;
  await db.update(agentRuns).set({ instanceId, updatedAt: new Date() }).where(eq(agentRuns.id, row.id));
  await env.AGENT_WORKFLOW.create({ id: instanceId, params: { runId: row.id, fromTurn } });
}

/** The run is over: the oldest queued run of its project starts. */
export async function startNextRun(env: Bindings, runId: string): Promise<void> {
  await withDatabase(env, async (db) => {
    const [ended] = await db.select({ projectId: agentRuns.projectId }).from(agentRuns).where(eq(agentRuns.id, runId));
    if (!ended) return;
    const [active] = await db
      .select({ id: agentRuns.id })
      .from(agentRuns)
      .where(and(eq(agentRuns.projectId, ended.projectId), inArray(agentRuns.status, [...ACTIVE_STATUSES])))
      .limit(1);
    if (active) return;
    const [next] = await db
      .select()
      .from(agentRuns)
      .where(and(eq(agentRuns.projectId, ended.projectId), eq(agentRuns.status, "queued")))
      .orderBy(asc(agentRuns.createdAt))
      .limit(1);
    if (!next) return;
    const [row] = await db
      .update(agentRuns)
      .set({ status: "planning", updatedAt: new Date() })
      .where(and(eq(agentRuns.id, next.id), eq(agentRuns.status, "queued")))
      .returning();
    if (!row) return;
    await env.ROOMS.getByName(row.projectId).agentRun(row.id, { status: "planning" }, [
      { at: Date.now(), kind: "info", text: "the run before it ended; starting" },
    ]);
    await launch(env, db, row, 0);
  });
}

/** A run whose Workflow gave up (or whose plan waited too long) ends failed, with the reason. */
export async function failRun(env: Bindings, runId: string, reason: string): Promise<void> {
  await withDatabase(env, async (db) => {
    const [row] = await db
      .update(agentRuns)
      .set({ status: "failed", error: reason, finishedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(agentRuns.id, runId), inArray(agentRuns.status, [...ACTIVE_STATUSES])))
      .returning();
    if (!row) return;
    await env.ROOMS.getByName(row.projectId).agentRun(row.id, { status: "failed", error: reason }, [
      { at: Date.now(), kind: "error", text: reason },
    ]);
  });
}

import { agentRuns, type Database } from "@wove/db";
import type { AgentRunFields, RunLogEntry, RunLogKind, RunPerson } from "@wove/protocol";
import { and, eq, isNull } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";

export type AgentRunRow = typeof agentRuns.$inferSelect;

/** The run was stopped, or handed to another Workflow instance, while this one worked on it. */
export class Superseded extends Error {
  constructor(runId: string) {
    super(`agent run ${runId} is no longer this instance's`);
  }
}

/** The live view of a row (SPEC D16), as the room writes it into the document. */
export function runFields(row: AgentRunRow, startedBy: RunPerson): Partial<AgentRunFields> {
  return {
    prompt: row.prompt,
    pipeline: row.pipeline,
    model: row.model,
    status: row.status,
    startedBy,
    createdAt: row.createdAt.getTime(),
    plan: row.plan,
    usage: { inputTokens: row.inputTokens, outputTokens: row.outputTokens, costUsd: row.costMicroUsd / 1e6 },
    budgetUsd: row.budgetMicroUsd === null ? null : row.budgetMicroUsd / 1e6,
    filesChanged: row.filesChanged,
    deploymentUrl: row.deploymentUrl ?? undefined,
    summary: row.summary ?? undefined,
    error: row.error ?? undefined,
  };
}

/**
 * One run as the agent works on it: its Postgres row (the durable record) and its live view
 * in the project's document, changed together. Log lines gather and go with the next write,
 * so a turn costs a few writes, not one per line.
 */
export class AgentRun {
  #lines: RunLogEntry[] = [];
  #extra: Partial<AgentRunFields> = {};

  constructor(
    readonly env: Bindings,
    private readonly db: Database,
    public row: AgentRunRow,
    readonly startedBy: RunPerson,
  ) {}

  get room() {
    return this.env.ROOMS.getByName(this.row.projectId);
  }

  log(kind: RunLogKind, text: string, by?: RunPerson): void {
    this.#lines.push({ at: Date.now(), kind, text, ...(by ? { by } : {}) });
  }

  /** Fields only the live view has (the estimate, fixes made without the model). */
  show(fields: Partial<AgentRunFields>): void {
    Object.assign(this.#extra, fields);
  }

  /**
   * Changes the row, only while this instance still holds the run and nobody stopped it (a
   * stop or resume changes its status or instance): otherwise throws Superseded.
   */
  async update(patch: Partial<Omit<AgentRunRow, "id" | "projectId">>): Promise<void> {
    const [row] = await this.db
      .update(agentRuns)
      .set({ ...patch, updatedAt: new Date() })
      .where(this.#held())
      .returning();
    if (!row) throw new Superseded(this.row.id);
    this.row = row;
    await this.flush();
  }

  /** Throws Superseded when the run was stopped or handed on since it was read. */
  async assertCurrent(): Promise<void> {
    const [row] = await this.db.select({ id: agentRuns.id }).from(agentRuns).where(this.#held());
    if (!row) throw new Superseded(this.row.id);
  }

  #held() {
    const { id, instanceId, status } = this.row;
    return and(
      eq(agentRuns.id, id),
      instanceId === null ? isNull(agentRuns.instanceId) : eq(agentRuns.instanceId, instanceId),
      eq(agentRuns.status, status),
    );
  }

  /**
   * Writes the live view and the gathered log lines to the room; with `onlyPending`, only
   * when lines or fields gathered since the last write (the row's own changes are written by
   * update).
   */
  async flush({ onlyPending = false } = {}): Promise<void> {
    if (onlyPending && this.#lines.length === 0 && Object.keys(this.#extra).length === 0) return;
    const lines = this.#lines.splice(0);
    const extra = this.#extra;
    this.#extra = {};
    await this.room.agentRun(this.row.id, { ...runFields(this.row, this.startedBy), ...extra }, lines);
  }
}

import type { ChangeRecord } from "@wove/protocol";

/** What one agent file operation answered, kept so a repeated call answers the same. */
export interface LedgerResult {
  ok: boolean;
  /** What the model reads: "edited src/app.tsx (2 changes)", or the tool error. */
  message: string;
  /** The paths the call changed (for the run's filesChanged). */
  paths: string[];
}

/**
 * The agent's file operations on this room, in the room's own SQLite, keyed by run and tool
 * call: written in the same Durable Object event as the edit itself, so a Workflow step that
 * runs again after a crash finds its call already applied and answers what it answered then
 * (no duplicate edit), and "undo run" finds every change the run made, even after a restart.
 *
 *   agent_ops(run_id, call_id, seq, result, record, undone)
 */
export class AgentLedger {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(
      "CREATE TABLE IF NOT EXISTS agent_ops (run_id TEXT NOT NULL, call_id TEXT NOT NULL, seq INTEGER NOT NULL, result TEXT NOT NULL, record TEXT, undone INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (run_id, call_id))",
    );
  }

  find(runId: string, callId: string): LedgerResult | undefined {
    const [row] = this.sql
      .exec<{ result: string }>("SELECT result FROM agent_ops WHERE run_id = ? AND call_id = ?", runId, callId)
      .toArray();
    return row ? (JSON.parse(row.result) as LedgerResult) : undefined;
  }

  record(runId: string, callId: string, result: LedgerResult, change: ChangeRecord | null): void {
    const [next] = this.sql
      .exec<{ seq: number }>("SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM agent_ops WHERE run_id = ?", runId)
      .toArray();
    this.sql.exec(
      "INSERT OR REPLACE INTO agent_ops (run_id, call_id, seq, result, record) VALUES (?, ?, ?, ?, ?)",
      runId,
      callId,
      next?.seq ?? 1,
      JSON.stringify(result),
      change ? JSON.stringify(change) : null,
    );
  }

  /** The run's change records not yet undone, oldest first. */
  changes(runId: string): ChangeRecord[] {
    return this.sql
      .exec<{ record: string }>(
        "SELECT record FROM agent_ops WHERE run_id = ? AND record IS NOT NULL AND undone = 0 ORDER BY seq",
        runId,
      )
      .toArray()
      .map((row) => JSON.parse(row.record) as ChangeRecord);
  }

  markUndone(runId: string): void {
    this.sql.exec("UPDATE agent_ops SET undone = 1 WHERE run_id = ?", runId);
  }
}

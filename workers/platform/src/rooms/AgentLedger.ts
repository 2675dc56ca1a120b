import type { ChangeRecord } from "@wove/protocol";
import type { AgentStream } from "./streamAgentWrite.ts";

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
 *   agent_streams(run_id, call_id, file_id, written, end_pos): a write_file streaming in
 *     (streamAgentWrite), until its call is applied; its pieces are agent_ops rows
 *     `<call id>~<n>`, so undo finds them like any other change.
 */
export class AgentLedger {
  constructor(private readonly sql: SqlStorage) {
    sql.exec(
      "CREATE TABLE IF NOT EXISTS agent_ops (run_id TEXT NOT NULL, call_id TEXT NOT NULL, seq INTEGER NOT NULL, result TEXT NOT NULL, record TEXT, undone INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (run_id, call_id))",
    );
    sql.exec(
      "CREATE TABLE IF NOT EXISTS agent_streams (run_id TEXT NOT NULL, call_id TEXT NOT NULL, file_id TEXT NOT NULL, written INTEGER NOT NULL, end_pos BLOB NOT NULL, pieces INTEGER NOT NULL, PRIMARY KEY (run_id, call_id))",
    );
  }

  /** The streamed write of this call, while it streams. */
  stream(runId: string, callId: string): (AgentStream & { pieces: number }) | undefined {
    const [row] = this.sql
      .exec<{ file_id: string; written: number; end_pos: ArrayBuffer; pieces: number }>(
        "SELECT file_id, written, end_pos, pieces FROM agent_streams WHERE run_id = ? AND call_id = ?",
        runId,
        callId,
      )
      .toArray();
    return row
      ? { fileId: row.file_id, written: row.written, end: new Uint8Array(row.end_pos), pieces: row.pieces }
      : undefined;
  }

  /** Keeps where the stream got to, and the piece just written as a change of the run. */
  streamed(runId: string, callId: string, stream: AgentStream, piece: ChangeRecord | null, path: string): void {
    const pieces = (this.stream(runId, callId)?.pieces ?? 0) + (piece ? 1 : 0);
    if (piece)
      this.record(runId, `${callId}~${pieces}`, { ok: true, message: `streaming ${path}`, paths: [path] }, piece);
    this.sql.exec(
      "INSERT OR REPLACE INTO agent_streams (run_id, call_id, file_id, written, end_pos, pieces) VALUES (?, ?, ?, ?, ?, ?)",
      runId,
      callId,
      stream.fileId,
      stream.written,
      stream.end,
      pieces,
    );
  }

  /**
   * Takes back the pieces of a stream whose call was never applied (its arguments turned out
   * bad): answers their change records, now marked undone, and forgets the stream.
   */
  dropStream(runId: string, callId: string): ChangeRecord[] {
    const pieces = this.sql
      .exec<{ record: string }>(
        "SELECT record FROM agent_ops WHERE run_id = ? AND call_id LIKE ? ESCAPE '\\' AND record IS NOT NULL AND undone = 0 ORDER BY seq",
        runId,
        `${likeEscaped(callId)}~%`,
      )
      .toArray()
      .map((row) => JSON.parse(row.record) as ChangeRecord);
    this.sql.exec(
      "UPDATE agent_ops SET undone = 1 WHERE run_id = ? AND call_id LIKE ? ESCAPE '\\'",
      runId,
      `${likeEscaped(callId)}~%`,
    );
    this.endStream(runId, callId);
    return pieces;
  }

  /** The call is applied: its stream is done. */
  endStream(runId: string, callId: string): void {
    this.sql.exec("DELETE FROM agent_streams WHERE run_id = ? AND call_id = ?", runId, callId);
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

/** `text` matched literally by LIKE (a model's call id could hold % or _). */
function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

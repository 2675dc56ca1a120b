import { agentRuns, withDatabase } from "@wove/db";
import { inArray } from "drizzle-orm";
import type { Bindings } from "../AppEnv.ts";
import { logError } from "../log.ts";
import { ACTIVE_STATUSES, failRun, startNextRun } from "./startAgentRun.ts";

/**
 * After a local restart, picks up every run that was working when the stack died.
 *
 * Cloudflare's Workflows engine wakes a running instance itself. The local one (Miniflare's
 * emulation, wrangler 4.156) does not: its engine Durable Object has no alarm, and an
 * instance that was running when the process was killed stays "running" with nothing
 * executing, until something calls its engine's `init` again, which `create`, `restart` and
 * `resume` of a paused instance do. So the launcher calls this once per start, and a pause
 * followed by a resume re-runs the instance from its last finished step (the steps before
 * it answer from the engine's cache; the one that was in flight runs again, and its edits are
 * applied once: see AgentLedger). Never called while instances are healthy: a pause asked of a
 * busy instance waits for its step, and the resume right after it would find it not yet paused.
 */
export async function wakeAgentRuns(env: Bindings): Promise<{ woken: number; failed: number; started: number }> {
  const rows = await withDatabase(env, (db) =>
    db
      .select()
      .from(agentRuns)
      .where(inArray(agentRuns.status, [...ACTIVE_STATUSES, "queued"])),
  );
  let woken = 0;
  let failed = 0;
  let started = 0;
  for (const row of rows) {
    if (row.status === "queued") {
      await startNextRun(env, row.id);
      started++;
      continue;
    }
    if (!row.instanceId) continue;
    try {
      const instance = await env.AGENT_WORKFLOW.get(row.instanceId);
      const { status } = await instance.status();
      if (status === "running" || status === "waiting" || status === "queued") {
        await instance.pause();
        await instance.resume();
        woken++;
      } else if (status === "errored" || status === "terminated" || status === "complete") {
        await failRun(env, row.id, `The run's Workflow ended (${status}) while the platform was down`);
        failed++;
      }
    } catch (error) {
      logError("agent: could not wake a run", error, { runId: row.id });
    }
  }
  return { woken, failed, started };
}

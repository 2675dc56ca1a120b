import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";
import { createDb } from "@wove/db";
import type { Bindings } from "../AppEnv.ts";
import { runAgentTurn } from "./runAgentTurn.ts";
import { failRun, startNextRun } from "./startAgentRun.ts";
import type { TurnMemory } from "./TurnMemory.ts";

export interface AgentParams {
  runId: string;
  /** The turn to start from: 0 for a new run, the turns done for a resumed one. */
  fromTurn: number;
}

/** How long a plan may wait for approval before the run ends. */
const APPROVAL_TIMEOUT = "7 days";

/**
 * One stretch of an agent run (a new run, or a stopped one resumed): each model turn with its
 * tool calls is a durable step, so a run outlives every browser and the Worker that started
 * it, and a step finished is never repeated. The approval gate is a `waitForEvent`. The
 * conversation and the edits live outside the step results (R2 and the room; see
 * runAgentTurn): a step returns only where the run goes next.
 */
export class AgentWorkflow extends WorkflowEntrypoint<Bindings, AgentParams> {
  override async run(event: WorkflowEvent<AgentParams>, step: WorkflowStep): Promise<void> {
    const { runId, fromTurn } = event.payload;
    // One connection for every turn of this invocation (see TurnMemory); the pool reconnects
    // if it drops between steps.
    const { db, pool } = createDb(this.env);
    try {
      await this.#turns(step, runId, fromTurn, event.instanceId, { db });
    } catch (error) {
      // Retries spent: the run must not look busy forever.
      const reason = error instanceof Error ? error.message : String(error);
      await step.do("record the failure", () => failRun(this.env, runId, reason));
    }
    await pool.end().catch(() => undefined);
    await step.do("start the next queued run", () => startNextRun(this.env, runId));
  }

  async #turns(
    step: WorkflowStep,
    runId: string,
    fromTurn: number,
    instanceId: string,
    memory: TurnMemory,
  ): Promise<void> {
    for (let turn = fromTurn; ; turn++) {
      const outcome = await step.do(
        `turn ${turn}`,
        // A step fails only on trouble the turn could not turn into a run state (Postgres or
        // the room unreachable): tried again a few times, then the run fails (startNextRun).
        { retries: { limit: 3, delay: "2 seconds", backoff: "exponential" }, timeout: "10 minutes" },
        () => runAgentTurn(this.env, memory, { runId, turn, instanceId }),
      );
      if (outcome === "end") break;
      if (outcome === "await_approval") {
        try {
          await step.waitForEvent(`approval after turn ${turn}`, { type: "approve", timeout: APPROVAL_TIMEOUT });
        } catch {
          await step.do(`approval timed out after turn ${turn}`, () =>
            failRun(this.env, runId, `The plan waited ${APPROVAL_TIMEOUT} for approval`),
          );
          return;
        }
      }
    }
  }
}

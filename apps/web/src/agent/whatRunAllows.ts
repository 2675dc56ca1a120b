import { RunStatus, isFinishedRun, type AgentRunView } from "@wove/protocol";

/** What can be done to a run now (by an editor: the panel asks `canRun` separately). */
export interface RunAllows {
  /** Stop: while it waits in the queue, plans, waits for approval or runs. */
  stop: boolean;
  /** Resume: a stopped or failed run goes on from where it was. */
  resume: boolean;
  /** Resuming needs a larger budget: the run ended on its budget. */
  raiseBudget: boolean;
  /** Undo run: once it is over, so that no edit of the run races the undo. */
  undo: boolean;
  /** A steering message: while the agent is working, and could read it at its next turn. */
  steer: boolean;
  /** Approve the plan (edited or not). */
  approve: boolean;
}

const STOPPABLE: ReadonlySet<string> = new Set([
  RunStatus.Queued,
  RunStatus.Planning,
  RunStatus.AwaitingApproval,
  RunStatus.Running,
]);
const STEERABLE: ReadonlySet<string> = new Set([RunStatus.Planning, RunStatus.AwaitingApproval, RunStatus.Running]);

/** The run's actions, from its status (the server refuses the rest with a 409 anyway). */
export function whatRunAllows(run: Pick<AgentRunView, "status" | "error">): RunAllows {
  const resume = run.status === RunStatus.Stopped || run.status === RunStatus.Failed;
  return {
    stop: STOPPABLE.has(run.status),
    resume,
    raiseBudget: resume && endedOnBudget(run.error),
    undo: isFinishedRun(run.status),
    steer: STEERABLE.has(run.status),
    approve: run.status === RunStatus.AwaitingApproval,
  };
}

/**
 * The run's error is the server's sentence, and the only place that says a budget was
 * reached; a budget input is only offered, never required, so a wrong guess costs nothing.
 */
function endedOnBudget(error: string | undefined): boolean {
  return error !== undefined && /budget/i.test(error);
}

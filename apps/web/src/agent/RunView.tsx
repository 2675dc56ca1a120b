import { RunStatus, type AgentRunView } from "@wove/protocol";
import type { FilesView } from "../ide/useFiles.ts";
import { describeQueued } from "./describeQueued.ts";
import { formatClock } from "./formatClock.ts";
import { formatEstimate } from "./formatRunUsage.ts";
import { PlanApproval } from "./PlanApproval.tsx";
import { PlanChecklist } from "./PlanChecklist.tsx";
import { RunControls } from "./RunControls.tsx";
import { RunLog } from "./RunLog.tsx";
import { RunOutcome } from "./RunOutcome.tsx";
import { RunStatusBadge } from "./RunStatusBadge.tsx";
import { SteerBox } from "./SteerBox.tsx";
import { whatRunAllows } from "./whatRunAllows.ts";

/**
 * One run as everyone in the room sees it, live: status, plan (editable at the approval
 * gate by editors), outcome, log; and, for editors, what can be done to it now. Keyed by
 * run where it is used, so another run starts with its own log position and fields.
 */
export function RunView({
  projectId,
  run,
  runs,
  files,
  canAct,
  now,
}: {
  projectId: string;
  run: AgentRunView;
  /** Every run, to say which one a queued run waits for. */
  runs: readonly AgentRunView[];
  files: FilesView;
  /** An editor who is signed in: may approve, stop, resume, undo and steer. */
  canAct: boolean;
  now: number;
}) {
  const allows = whatRunAllows(run);
  const awaiting = run.status === RunStatus.AwaitingApproval;
  return (
    <article className="agent-run" aria-label="Run" data-testid="agent-run-view" data-run-id={run.id}>
      <header className="agent-run__head">
        <RunStatusBadge status={run.status} testId="agent-run-status" />
        <span className="muted agent-run__meta">
          {run.startedBy.name} · {formatClock(run.createdAt, now)} · {run.model === "auto" ? "auto model" : run.model}
        </span>
      </header>
      <p className="agent-run__prompt">{run.prompt}</p>
      {run.status === RunStatus.Queued && (
        <p className="agent-run__queue" data-testid="agent-queued">
          {describeQueued(runs, run) ?? "Starting in a moment…"}
        </p>
      )}
      {run.status === RunStatus.Planning && !run.plan && (
        <p className="muted" role="status">
          The agent is reading the project and writing a plan…
        </p>
      )}
      {run.plan &&
        (awaiting && canAct ? (
          // A plan the agent rewrote (after a steering message) starts a fresh draft; a log line does not.
          <PlanApproval key={`${run.id}:${JSON.stringify(run.plan)}`} projectId={projectId} run={run} plan={run.plan} />
        ) : (
          <PlanChecklist plan={run.plan} />
        ))}
      {awaiting && !canAct && (
        <p className="muted" data-testid="agent-awaiting">
          {run.estimate ? `Estimate: ${formatEstimate(run.estimate)}. ` : ""}The plan waits for an editor to approve it.
        </p>
      )}
      <RunOutcome run={run} files={files} />
      {canAct && <RunControls projectId={projectId} run={run} allows={allows} />}
      <h4 className="side-panel__heading">Log</h4>
      <RunLog log={run.log} now={now} files={files} />
      {canAct && allows.steer && <SteerBox projectId={projectId} runId={run.id} />}
    </article>
  );
}

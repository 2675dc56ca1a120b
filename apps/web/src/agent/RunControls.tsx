import type { AgentRunView } from "@wove/protocol";
import { useId, useState } from "react";
import { agentRunsApi, type UndoneRun } from "./agentRunsApi.ts";
import { parseBudget, suggestBudget } from "./parseBudget.ts";
import { PendingButton } from "./PendingButton.tsx";
import { ProblemLine } from "./ProblemLine.tsx";
import { UndoRunDialog } from "./UndoRunDialog.tsx";
import { useAgentAction } from "./useAgentAction.ts";
import type { RunAllows } from "./whatRunAllows.ts";

/**
 * Stop, Resume (with a larger budget when the run ended on its budget) and Undo run, for
 * editors. Each says what the server answered; the run's new status arrives in the document.
 */
export function RunControls({ projectId, run, allows }: { projectId: string; run: AgentRunView; allows: RunAllows }) {
  const budgetId = useId();
  const stop = useAgentAction("stop the run", () => agentRunsApi.stop(projectId, run.id));
  const resume = useAgentAction("resume the run", (budgetUsd?: number) =>
    agentRunsApi.resume(projectId, run.id, budgetUsd),
  );
  const undo = useAgentAction("undo the run", () => agentRunsApi.undo(projectId, run.id));
  const [budget, setBudget] = useState(() => suggestBudget(run));
  const [confirming, setConfirming] = useState(false);
  const [undone, setUndone] = useState<UndoneRun | null>(null);
  const budgetReading = allows.raiseBudget ? parseBudget(budget) : ({ ok: true, value: undefined } as const);

  const confirmUndo = async () => {
    const result = await undo.run();
    if (!result.ok) return;
    setConfirming(false);
    setUndone(result.value);
  };
  if (!allows.stop && !allows.resume && !allows.undo) return null;

  return (
    <section className="agent-controls" aria-label="Run controls">
      {allows.raiseBudget && (
        <div className="agent-controls__budget">
          <label htmlFor={budgetId}>New budget ($)</label>
          <input
            id={budgetId}
            className="agent-input agent-input--budget"
            inputMode="decimal"
            value={budget}
            aria-invalid={!budgetReading.ok || undefined}
            onChange={(event) => setBudget(event.target.value)}
          />
          {!budgetReading.ok && <span className="field__error">{budgetReading.problem}</span>}
        </div>
      )}
      <div className="row">
        {allows.stop && (
          <PendingButton
            className="button button--danger button--small"
            data-testid="agent-stop"
            pending={stop.pending}
            label="Stop"
            pendingLabel="Stopping…"
            onClick={() => void stop.run()}
          />
        )}
        {allows.resume && (
          <PendingButton
            className="button button--primary button--small"
            data-testid="agent-resume"
            pending={resume.pending}
            disabled={!budgetReading.ok}
            label="Resume"
            pendingLabel="Resuming…"
            onClick={() => budgetReading.ok && void resume.run(budgetReading.value)}
          />
        )}
        {allows.undo && (
          <button
            type="button"
            className="button button--small"
            data-testid="agent-undo"
            onClick={() => {
              undo.clearError();
              setConfirming(true);
            }}
          >
            Undo run
          </button>
        )}
      </div>
      <ProblemLine problem={stop.problem ?? resume.problem} />
      {undone && (
        <div className="agent-undone" role="status" data-testid="agent-undo-result">
          <p>
            {undone.reverted === 0
              ? "Nothing was left to undo."
              : `Undone: ${undone.reverted === 1 ? "1 change" : `${undone.reverted} changes`} taken back.`}
          </p>
          {undone.skipped.length > 0 && (
            <>
              <p className="muted">Kept, because they changed since:</p>
              <ul className="agent-undone__skipped">
                {undone.skipped.map((note, index) => (
                  <li key={index}>{note}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <UndoRunDialog
        run={run}
        open={confirming}
        pending={undo.pending}
        problem={undo.problem}
        onConfirm={() => void confirmUndo()}
        onClose={() => setConfirming(false)}
      />
    </section>
  );
}

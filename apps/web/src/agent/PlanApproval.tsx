import type { AgentPlan, AgentRunView } from "@wove/protocol";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { agentRunsApi } from "./agentRunsApi.ts";
import { formatDollars, formatEstimate } from "./formatRunUsage.ts";
import {
  addStep,
  draftFromPlan,
  PLAN_MAX_STEPS,
  readDraft,
  removeStep,
  renameStep,
  setStepFiles,
  type ApprovalPlan,
} from "./planDraft.ts";
import { ProblemLine } from "./ProblemLine.tsx";
import { useAgentAction } from "./useAgentAction.ts";
import { PendingButton } from "./PendingButton.tsx";

/**
 * The approval gate, for editors: the estimate, the plan's steps to rename, add, remove or
 * point at other files, and Approve, which sends the edited plan (or none, when it is the
 * agent's own). Enter in a step's title adds a step after it.
 */
export function PlanApproval({ projectId, run, plan }: { projectId: string; run: AgentRunView; plan: AgentPlan }) {
  const [draft, setDraft] = useState(() => draftFromPlan(plan));
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const titles = useRef(new Map<number, HTMLInputElement>());
  const approve = useAgentAction("approve the plan", (edited?: ApprovalPlan) =>
    agentRunsApi.approve(projectId, run.id, edited),
  );
  const reading = readDraft(draft, plan);

  useEffect(() => {
    if (focusKey !== null) titles.current.get(focusKey)?.focus();
  }, [focusKey]);

  const add = (afterKey?: number) => {
    const next = addStep(draft, afterKey);
    if (next === draft) return;
    setDraft(next);
    setFocusKey(draft.nextKey);
  };
  const onTitleKey = (event: KeyboardEvent<HTMLInputElement>, key: number) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    event.preventDefault();
    add(key);
  };

  return (
    <section className="agent-plan agent-plan--editing" aria-label="Approve the plan">
      <h4 className="agent-plan__title">{plan.title}</h4>
      <p className="agent-run__estimate" data-testid="agent-estimate">
        {run.estimate ? `Estimate: ${formatEstimate(run.estimate)}` : "No estimate for this plan."}
        {run.budgetUsd !== null && ` · budget ${formatDollars(run.budgetUsd)}`}
      </p>
      <p className="muted">The agent waits for an editor to approve its plan. Change any step first if you like.</p>
      <ol className="agent-plan__steps">
        {draft.steps.map((step, index) => (
          <li
            key={step.key}
            className="agent-step agent-step--editing"
            data-testid="agent-plan-step"
            data-status="pending"
          >
            <span className="agent-step__number" aria-hidden="true">
              {index + 1}.
            </span>
            <span className="agent-step__fields">
              <input
                ref={(element) => {
                  if (element) titles.current.set(step.key, element);
                  else titles.current.delete(step.key);
                }}
                className="agent-input"
                aria-label={`Step ${index + 1}`}
                placeholder="What the agent does in this step"
                value={step.title}
                onChange={(event) => setDraft(renameStep(draft, step.key, event.target.value))}
                onKeyDown={(event) => onTitleKey(event, step.key)}
              />
              <input
                className="agent-input agent-input--files"
                aria-label={`Files of step ${index + 1}`}
                placeholder="Files, separated by commas"
                value={step.files}
                onChange={(event) => setDraft(setStepFiles(draft, step.key, event.target.value))}
              />
            </span>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove step ${index + 1}`}
              title="Remove this step"
              onClick={() => setDraft(removeStep(draft, step.key))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <div className="row">
        <button
          type="button"
          className="button button--quiet button--small"
          disabled={draft.steps.length >= PLAN_MAX_STEPS}
          onClick={() => add()}
        >
          Add a step
        </button>
        {reading.ok && reading.plan && (
          <span className="muted agent-plan__edited">Edited: the agent follows your plan.</span>
        )}
      </div>
      {!reading.ok && (
        <p className="field__error" role="status">
          {reading.problem}
        </p>
      )}
      <ProblemLine problem={approve.problem} />
      <div className="row">
        <PendingButton
          className="button button--primary button--small"
          data-testid="agent-approve"
          pending={approve.pending}
          disabled={!reading.ok}
          label="Approve"
          pendingLabel="Approving…"
          onClick={() => reading.ok && void approve.run(reading.plan)}
        />
      </div>
    </section>
  );
}

import type { AgentPlan } from "@wove/protocol";
import { stepStatusLabel } from "./runStatusLabel.ts";

const MARKS: Record<string, string> = { pending: "○", running: "◔", done: "✓", failed: "✗" };

/** The plan as a checklist: each step marked to do, in progress, done or failed. */
export function PlanChecklist({ plan }: { plan: AgentPlan }) {
  return (
    <section className="agent-plan" aria-label="Plan">
      <h4 className="agent-plan__title">{plan.title}</h4>
      <ol className="agent-plan__steps">
        {plan.steps.map((step, index) => (
          <li
            key={index}
            className={`agent-step agent-step--${step.status}`}
            data-testid="agent-plan-step"
            data-status={step.status}
          >
            <span className="agent-step__mark" aria-hidden="true">
              {MARKS[step.status] ?? "•"}
            </span>
            <span className="agent-step__body">
              <span className="agent-step__title">{step.title}</span>
              <span className="visually-hidden"> ({stepStatusLabel(step.status)})</span>
              {step.files.length > 0 && <span className="agent-step__files">{step.files.join(", ")}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

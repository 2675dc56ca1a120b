import type { AgentRunView } from "@wove/protocol";
import type { KeyboardEvent } from "react";
import { shortPrompt } from "./describeQueued.ts";
import { formatClock } from "./formatClock.ts";
import { RunStatusBadge } from "./RunStatusBadge.tsx";

/** The project's runs, newest first; the one shown is marked. Arrow keys move between them. */
export function RunList({
  runs,
  shownId,
  now,
  onShow,
}: {
  runs: readonly AgentRunView[];
  shownId: string | null;
  now: number;
  onShow: (id: string) => void;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("button")];
    const at = buttons.findIndex((button) => button === document.activeElement);
    const next = buttons[at + (event.key === "ArrowDown" ? 1 : -1)];
    if (at < 0 || !next) return;
    event.preventDefault();
    next.focus();
  };
  return (
    <nav className="agent-runs" aria-label="Agent runs">
      <h4 className="side-panel__heading">Runs ({runs.length})</h4>
      <ol className="agent-runs__list" onKeyDown={onKeyDown}>
        {runs.map((run) => (
          <li key={run.id}>
            <button
              type="button"
              className="agent-runs__item"
              aria-current={run.id === shownId ? "true" : undefined}
              data-testid="agent-run-item"
              data-status={run.status}
              onClick={() => onShow(run.id)}
            >
              <RunStatusBadge status={run.status} />
              <span className="agent-runs__prompt">{shortPrompt(run.prompt)}</span>
              <span className="muted agent-runs__meta">
                {run.startedBy.name} · {formatClock(run.createdAt, now)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

import { runStatusLabel } from "./runStatusLabel.ts";

/** A run's status as a coloured label; `data-status` carries the machine value. */
export function RunStatusBadge({ status, testId }: { status: string; testId?: string }) {
  return (
    <span className={`agent-status agent-status--${status}`} data-status={status} data-testid={testId}>
      {runStatusLabel(status)}
    </span>
  );
}

import { RunStatus, StepStatus } from "@wove/protocol";

const RUN_LABELS: Record<RunStatus, string> = {
  [RunStatus.Queued]: "Queued",
  [RunStatus.Planning]: "Planning",
  [RunStatus.AwaitingApproval]: "Waiting for approval",
  [RunStatus.Running]: "Running",
  [RunStatus.Succeeded]: "Done",
  [RunStatus.Failed]: "Failed",
  [RunStatus.Stopped]: "Stopped",
};

const STEP_LABELS: Record<StepStatus, string> = {
  [StepStatus.Pending]: "to do",
  [StepStatus.Running]: "in progress",
  [StepStatus.Done]: "done",
  [StepStatus.Failed]: "failed",
};

/**
 * A run's status in words. A status this page does not know (a newer server) is shown as
 * it is, with its underscores as spaces, rather than hidden.
 */
export function runStatusLabel(status: string): string {
  return RUN_LABELS[status as RunStatus] ?? capitalized(status.replaceAll("_", " "));
}

/** A plan step's status in words, for the checklist's accessible text. */
export function stepStatusLabel(status: string): string {
  return STEP_LABELS[status as StepStatus] ?? status.replaceAll("_", " ");
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

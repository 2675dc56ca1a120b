import { DeploymentStatus } from "@wove/protocol";

/** The steps the progress bar shows, in order. */
export const DEPLOY_STEPS = [
  DeploymentStatus.Queued,
  DeploymentStatus.Building,
  DeploymentStatus.Uploading,
  DeploymentStatus.Live,
] as const;

export interface DeployProgress {
  /** 0 to 100, for the bar. */
  percent: number;
  /** Index into DEPLOY_STEPS of the step reached (a failure stays on the step it failed in). */
  step: number;
  /** Whether polling can stop: nothing will change any more. */
  finished: boolean;
  tone: "busy" | "good" | "bad";
  label: string;
}

const LABELS: Record<DeploymentStatus, string> = {
  queued: "Queued",
  building: "Building",
  uploading: "Uploading",
  live: "Live",
  failed: "Failed",
  rolled_back: "Rolled back",
};

/**
 * Where a status puts the progress bar. A failure is reported with the step it failed
 * after (`reached`, the last status seen while polling), since the final row no longer
 * says whether it was the build or the upload that went wrong.
 */
export function deployProgress(status: DeploymentStatus, reached: DeploymentStatus = status): DeployProgress {
  const label = LABELS[status];
  if (status === DeploymentStatus.Live) return { percent: 100, step: 3, finished: true, tone: "good", label };
  if (status === DeploymentStatus.Failed || status === DeploymentStatus.RolledBack) {
    const step = Math.max(1, stepOf(reached === status ? DeploymentStatus.Building : reached));
    // A rollback happens after activation: everything ran, then the health check failed.
    const at = status === DeploymentStatus.RolledBack ? 3 : step;
    return { percent: Math.round((at / 3) * 100), step: at, finished: true, tone: "bad", label };
  }
  const step = stepOf(status);
  // Each running step shows half way through itself, so the bar moves when it starts.
  return { percent: Math.round(((step + 0.5) / 3) * 100 * 0.9), step, finished: false, tone: "busy", label };
}

function stepOf(status: DeploymentStatus): number {
  const index = (DEPLOY_STEPS as readonly DeploymentStatus[]).indexOf(status);
  return index < 0 ? 0 : index;
}

/** Whether a deployment will not change any more. */
export const isFinished = (status: DeploymentStatus): boolean => deployProgress(status).finished;

/**
 * What a deploy that did not go live leaves at the site's address, in words. Before any
 * version has gone live there is nothing there, and saying "the version before still
 * serves" would send people to a "No site here" page.
 */
export function failureNote(status: DeploymentStatus, somethingLive: boolean): string | null {
  if (status === DeploymentStatus.Failed)
    return somethingLive
      ? "The deploy failed; the version live before it still serves the site. The log says why."
      : "The deploy failed, and no version of this site has gone live yet, so its address serves nothing. The log says why.";
  if (status === DeploymentStatus.RolledBack)
    return somethingLive
      ? "The site did not answer its health check, so the version live before it was put back."
      : "The site did not answer its health check and no earlier version was live, so it was taken down.";
  return null;
}

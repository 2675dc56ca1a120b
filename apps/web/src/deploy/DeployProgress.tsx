import type { ReactNode } from "react";
import type { Deployment, DeploymentStatus } from "@wove/protocol";
import { DEPLOY_STEPS, deployProgress, failureNote } from "./deployProgress.ts";
import { formatSiteUrl } from "./formatDeployment.ts";

const STEP_LABELS = ["Queued", "Building", "Uploading", "Live"];

/**
 * One deployment as it runs: a progress bar through queued, building, uploading and live,
 * then the site's address (a new tab) or what went wrong; the log comes as `children`.
 */
export function DeployProgress({
  deployment,
  reached,
  somethingLive,
  children,
}: {
  deployment: Deployment;
  reached: DeploymentStatus | null;
  /** Whether another version of the site is live (so a failure leaves it serving). */
  somethingLive: boolean;
  children: ReactNode;
}) {
  const progress = deployProgress(deployment.status, reached ?? deployment.status);
  const failure = failureNote(deployment.status, somethingLive);
  return (
    <section
      className={`deploy-progress deploy-progress--${progress.tone}`}
      aria-label={`Version ${deployment.version}`}
      data-testid="deploy-progress"
      data-status={deployment.status}
    >
      <div className="deploy-progress__head">
        <strong>Version {deployment.version}</strong>
        <span role="status" className="deploy-progress__label">
          {progress.label}
        </span>
      </div>
      <div
        className="deploy-progress__bar"
        role="progressbar"
        aria-label="Deploy progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={progress.label}
      >
        <div className="deploy-progress__fill" style={{ width: `${progress.percent}%` }} />
      </div>
      <ol className="deploy-progress__steps">
        {DEPLOY_STEPS.map((step, index) => (
          <li
            key={step}
            className={
              index < progress.step || (index === progress.step && progress.tone === "good")
                ? "deploy-progress__step deploy-progress__step--done"
                : index === progress.step
                  ? "deploy-progress__step deploy-progress__step--now"
                  : "deploy-progress__step"
            }
          >
            {STEP_LABELS[index]}
          </li>
        ))}
      </ol>
      {deployment.status === "live" && (
        <p className="deploy-progress__result">
          Live at{" "}
          <a href={deployment.url} target="_blank" rel="noopener noreferrer" data-testid="deploy-url">
            {formatSiteUrl(deployment.url)}
          </a>
        </p>
      )}
      {failure && (
        <p className="deploy-progress__result error" role="alert">
          {failure}
        </p>
      )}
      {children}
    </section>
  );
}

import { useEffect, useState, type ReactNode } from "react";
import type { Deployment } from "@wove/protocol";
import { formatDuration, formatSiteUrl, formatWhen } from "./formatDeployment.ts";

const STATUS_TEXT: Record<Deployment["status"], string> = {
  queued: "queued",
  building: "building",
  uploading: "uploading",
  live: "went live",
  failed: "failed",
  rolled_back: "rolled back",
};

/**
 * Every version, newest first: status, who asked, when, how long it took, and which one
 * the site serves now, with its address. An earlier version that went live can be made live again.
 */
export function DeploymentHistory({
  deployments,
  siteUrl,
  nameOf,
  canActivate,
  onMakeLive,
  renderLog,
}: {
  deployments: Deployment[];
  /** The site's address now (null until known). */
  siteUrl: string | null;
  nameOf: (userId: string | null) => string;
  canActivate: boolean;
  onMakeLive: (deployment: Deployment) => void;
  renderLog: (deployment: Deployment) => ReactNode;
}) {
  // "5 min ago" moves on while the panel is open.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <ol className="deploy-history" aria-label="Deployment history">
      {deployments.map((deployment) => (
        <li
          key={deployment.id}
          className={deployment.active ? "deploy-history__item deploy-history__item--active" : "deploy-history__item"}
          data-version={deployment.version}
          data-status={deployment.status}
          aria-label={`Version ${deployment.version}`}
        >
          <div className="deploy-history__head">
            <strong>v{deployment.version}</strong>
            <span className={`deploy-status deploy-status--${deployment.status}`}>
              {STATUS_TEXT[deployment.status]}
            </span>
            {deployment.active && <span className="badge deploy-history__active">Live now</span>}
            {canActivate && deployment.status === "live" && !deployment.active && (
              <button
                type="button"
                className="button button--small deploy-history__make-live"
                onClick={() => onMakeLive(deployment)}
              >
                Make live
              </button>
            )}
          </div>
          <div className="muted deploy-history__meta">
            {nameOf(deployment.createdBy)} ·{" "}
            <time dateTime={deployment.createdAt} title={new Date(deployment.createdAt).toLocaleString()}>
              {formatWhen(deployment.createdAt, now)}
            </time>{" "}
            · {formatDuration(deployment.durationMs)}
            {deployment.kind ? ` · ${deployment.kind}` : ""}
          </div>
          {/* Only the active version answers at the site's address; the address a row
              recorded is the name at its deploy, which a rename since has retired. */}
          {deployment.active && (
            <a
              href={siteUrl ?? deployment.url}
              target="_blank"
              rel="noopener noreferrer"
              className="deploy-history__url"
            >
              {formatSiteUrl(siteUrl ?? deployment.url)}
            </a>
          )}
          <details className="deploy-history__log">
            <summary>Log</summary>
            {renderLog(deployment)}
          </details>
        </li>
      ))}
    </ol>
  );
}

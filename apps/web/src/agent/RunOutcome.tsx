import { RunStatus, type AgentRunView } from "@wove/protocol";
import type { FilesView } from "../ide/useFiles.ts";
import { openFile } from "../ide/openFile.ts";
import { budgetShare, formatRunUsage } from "./formatRunUsage.ts";
import { PathText } from "./PathText.tsx";

/**
 * What the run has done so far: its usage against the budget, the files it changed (each
 * opens in the editor while it exists), the deployed site, and its summary or error.
 */
export function RunOutcome({ run, files }: { run: AgentRunView; files: FilesView }) {
  const share = budgetShare(run.usage, run.budgetUsd);
  return (
    <>
      {run.summary && <p className="agent-run__summary">{run.summary}</p>}
      {run.error && (
        // A stopped run's reason (someone stopped it, its budget is spent) is not a failure:
        // it reads as a notice, with Resume beside it; a failed run's reads as an error.
        <p
          className={run.status === RunStatus.Stopped ? "agent-run__stopped" : "error agent-run__error"}
          role={run.status === RunStatus.Failed ? "alert" : undefined}
          data-testid="agent-run-error"
          data-status={run.status}
        >
          <PathText text={run.error} files={files} />
        </p>
      )}
      {run.deploymentUrl && (
        <p className="agent-run__deployed">
          Live at{" "}
          <a href={run.deploymentUrl} target="_blank" rel="noreferrer" data-testid="agent-deployment">
            {run.deploymentUrl}
          </a>
        </p>
      )}
      <div className="agent-usage">
        <span className="muted">Used</span>{" "}
        <span data-testid="agent-usage">{formatRunUsage(run.usage, run.budgetUsd)}</span>
        {share !== null && (
          <meter className="agent-usage__meter" min={0} max={1} high={0.8} value={share} aria-label="Budget used" />
        )}
      </div>
      {run.fixedWithoutModel > 0 && (
        <p className="muted">
          {run.fixedWithoutModel === 1
            ? "1 build error fixed without a model call."
            : `${run.fixedWithoutModel} build errors fixed without a model call.`}
        </p>
      )}
      {run.filesChanged.length > 0 && (
        <section className="agent-files" aria-label="Files changed">
          <h4 className="side-panel__heading">Files changed ({run.filesChanged.length})</h4>
          <ul className="agent-files__list">
            {run.filesChanged.map((path) => {
              const id = files.ids.get(path);
              return (
                <li key={path}>
                  {id ? (
                    <button type="button" className="agent-link" title={`Open ${path}`} onClick={() => openFile(id)}>
                      {path}
                    </button>
                  ) : (
                    <span>
                      {path} <span className="muted">(no longer in the project)</span>
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </>
  );
}

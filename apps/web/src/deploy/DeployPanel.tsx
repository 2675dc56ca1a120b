import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { projectsApi } from "../api/projectsApi.ts";
import type { Project } from "../api/Project.ts";
import type { FilesView } from "../ide/useFiles.ts";
import { useTabsStore } from "../ide/useTabsStore.ts";
import { useOnline } from "../local/useOnline.ts";
import { useNotices } from "../state/useNotices.ts";
import { useResource } from "../ui/useResource.ts";
import type { Deployment } from "@wove/protocol";
import { deploymentsApi } from "./deploymentsApi.ts";
import { DeployLog } from "./DeployLog.tsx";
import { DeployProgress } from "./DeployProgress.tsx";
import { HistorySection } from "./HistorySection.tsx";
import { isFinished } from "./deployProgress.ts";
import { MakeLiveDialog } from "./MakeLiveDialog.tsx";
import type { LogLocation } from "./parseLogLine.ts";
import { SiteName } from "./SiteName.tsx";
import { SiteNetwork } from "./SiteNetwork.tsx";
import { useNetworkRequest } from "./useNetworkRequest.ts";
import { useDeployment } from "./useDeployment.ts";
import { useDeployStore } from "./useDeployStore.ts";
import { useStartDeploy } from "./useStartDeploy.ts";
import "./DeployPanel.css";

export interface DeployPanelProps {
  project: Project;
  files: FilesView;
  /** The project's document, for its deploy settings (`meta.deploy`). */
  doc: Y.Doc;
  /** The project's `can.deploy`: deploy and roll back; everyone who sees the project sees the history. */
  canDeploy: boolean;
}

/**
 * The Deploys panel: the site's address (renamed by the owner), the deploy in progress
 * with its log, and the history with rollback. Default export for `React.lazy`.
 */
export default function DeployPanel({ project, files, doc, canDeploy }: DeployPanelProps) {
  const open = useTabsStore((s) => s.open);
  const notify = useNotices((s) => s.notify);
  // This project's deploy only: another project's is not this panel's to show.
  const own = useDeployStore((s) => (s.projectId === project.id ? s.deploymentId : null));
  const startError = useDeployStore((s) => (s.projectId === project.id ? s.error : null));
  const starting = useDeployStore((s) => s.starting);
  const unsaved = useDeployStore((s) => s.unsaved);
  const start = useStartDeploy();
  const online = useOnline();
  const history = useResource(`deployments:${project.id}`, (signal) => deploymentsApi.list(project.id, signal));
  const site = useResource(`site:${project.id}`, (signal) => deploymentsApi.site(project.id, signal));
  const members = useResource(`members:${project.id}`, (signal) => projectsApi.members(project.id, signal));
  const [makeLive, setMakeLive] = useState<Deployment | null>(null);
  const networkRequested = useNetworkRequest(doc);

  const listed = history.state.status === "ready" ? history.state.data.deployments : [];
  // Follow the deploy this tab asked for; else one still running (someone else's, or from before a reload).
  const running = listed[0] && !isFinished(listed[0].status) ? listed[0].id : null;
  const followed = useDeployment(project.id, own ?? running);
  const current = followed.deployment;

  // A deploy that ends changes the history and which version is live.
  const ended = current && isFinished(current.status) ? current.id : null;
  useEffect(() => {
    if (!ended) return;
    history.reload();
    site.reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reload is a new function each render
  }, [ended]);

  const nameOf = (userId: string | null) => {
    if (!userId) return "someone";
    if (project.owner.id === userId) return project.owner.name;
    const found =
      members.state.status === "ready" ? members.state.data.members.find((m) => m.user?.id === userId) : null;
    return found?.user?.name ?? "a former member";
  };
  const openAt = (location: LogLocation) => {
    const id = files.ids.get(location.file);
    if (id) open(id, { line: location.line, column: location.column });
  };
  const renderLog = (deployment: Deployment) => (
    <DeployLog lines={deployment.log} canOpen={(file) => files.ids.has(file)} onOpen={openAt} />
  );
  const activeOne = listed.find((d) => d.active) ?? null;

  return (
    <div className="deploy side-panel side-panel--compact">
      <div className="pane-head">
        <span className="pane-head__title">Deploys</span>
        <div className="pane-head__actions">
          <button
            type="button"
            className="button button--quiet button--small"
            onClick={() => {
              history.reload();
              site.reload();
            }}
          >
            Refresh
          </button>
          {canDeploy && (
            <button
              type="button"
              className="button button--primary button--small"
              disabled={starting}
              onClick={() => void start(project.id)}
            >
              {starting ? "Deploying…" : "Deploy"}
            </button>
          )}
        </div>
      </div>
      <div className="side-panel__body">
        {!online && (
          <p className="deploy__note" role="status">
            You are offline. Deploying and the deployment history need the network; the editor keeps working.
          </p>
        )}
        {!canDeploy && (
          <p className="muted deploy__note">
            {project.visibility === "private"
              ? "A private project is deployed only by its owner: deploying makes its site public."
              : "Only the project's editors and owner can deploy."}
            {project.role === null ? " Sign in as one of them to deploy." : ""}
          </p>
        )}
        {site.state.status === "ready" && (
          <SiteName
            key={site.state.data.name}
            projectId={project.id}
            site={site.state.data}
            visibility={project.visibility}
            canRename={project.can.renameSite}
            onRenamed={(renamed) => {
              site.set(renamed);
              history.reload();
            }}
          />
        )}
        {site.state.status === "ready" && (
          <SiteNetwork
            projectId={project.id}
            site={site.state.data}
            canGrant={project.can.grantNetwork}
            requested={networkRequested}
            onChanged={(changed) => site.set(changed)}
          />
        )}
        {own && unsaved && (
          <p className="deploy__note" role="status">
            Some of your last edits had not reached the server, so this deploy does not have them. Deploy again once the
            status bar says all changes are saved.
          </p>
        )}
        {startError && (
          <p className="error deploy__note" role="alert">
            {startError.message}
          </p>
        )}
        {current && (
          <DeployProgress
            deployment={current}
            reached={followed.reached}
            somethingLive={listed.some((d) => d.active && d.id !== current.id)}
          >
            {renderLog(current)}
          </DeployProgress>
        )}
        {followed.error && (
          <p className="error deploy__note" role="status">
            {followed.error.code === "network"
              ? "Lost contact with Wove; the deploy goes on without you. Trying again…"
              : `${followed.error.message} Trying again…`}
          </p>
        )}
        <HistorySection
          state={history.state}
          onRetry={history.reload}
          canDeploy={canDeploy}
          siteUrl={site.state.status === "ready" ? site.state.data.url : null}
          nameOf={nameOf}
          onMakeLive={setMakeLive}
          renderLog={renderLog}
        />
      </div>
      <MakeLiveDialog
        projectId={project.id}
        target={makeLive}
        current={activeOne}
        onClose={() => setMakeLive(null)}
        onDone={(deployment) => {
          notify(`Version ${deployment.version} is live again`);
          history.reload();
        }}
      />
    </div>
  );
}

import type { ComponentProps } from "react";
import type { ResourceState } from "../ui/useResource.ts";
import type { DeploymentList } from "@wove/protocol";
import { DeploymentHistory } from "./DeploymentHistory.tsx";

/** The history under its heading, with its loading, failed and empty states. */
export function HistorySection({
  state,
  onRetry,
  canDeploy,
  ...rows
}: {
  state: ResourceState<DeploymentList>;
  onRetry: () => void;
  canDeploy: boolean;
} & Omit<ComponentProps<typeof DeploymentHistory>, "deployments" | "canActivate">) {
  return (
    <>
      <h3 className="side-panel__heading">History</h3>
      {state.status === "loading" && <p className="muted deploy__note">Loading the history…</p>}
      {state.status === "error" && (
        <div className="deploy__note" role="alert">
          <p className="error">
            {state.error.code === "network" ? "The history could not load: it needs the network." : state.error.message}
          </p>
          <button type="button" className="button button--small" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
      {state.status === "ready" && state.data.deployments.length === 0 && (
        <p className="muted deploy__note" data-testid="deploy-empty">
          Nothing deployed yet.{" "}
          {canDeploy ? "Deploy to publish the project at its site's address." : "The site has no version yet."}
        </p>
      )}
      {state.status === "ready" && state.data.deployments.length > 0 && (
        <DeploymentHistory deployments={state.data.deployments} canActivate={canDeploy} {...rows} />
      )}
    </>
  );
}

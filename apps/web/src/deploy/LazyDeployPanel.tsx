import { lazy, Suspense } from "react";
import { LoadBoundary } from "../ui/LoadBoundary.tsx";
import type { DeployPanelProps } from "./DeployPanel.tsx";

// The panel (progress, log, history, rollback) loads when first shown, not with the IDE.
const DeployPanel = lazy(() => import("./DeployPanel.tsx"));

/** The Deploys panel, loaded on first render. */
export function LazyDeployPanel(props: DeployPanelProps) {
  return (
    <LoadBoundary
      fallback={
        <p className="error side-panel__empty" role="alert">
          The Deploys panel could not load. Check your connection, then reload the page.
        </p>
      }
    >
      <Suspense fallback={<p className="muted side-panel__empty">Loading deploys…</p>}>
        <DeployPanel {...props} />
      </Suspense>
    </LoadBoundary>
  );
}

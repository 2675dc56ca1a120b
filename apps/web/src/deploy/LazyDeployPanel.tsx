import { lazy } from "react";
import { PanelLoader } from "../ui/PanelLoader.tsx";
import type { DeployPanelProps } from "./DeployPanel.tsx";

// The panel (progress, log, history, rollback) loads when first shown, not with the IDE.
const DeployPanel = lazy(() => import("./DeployPanel.tsx"));

/** The Deploys panel, loaded on first render. */
export function LazyDeployPanel(props: DeployPanelProps) {
  return (
    <PanelLoader name="the Deploys panel">
      <DeployPanel {...props} />
    </PanelLoader>
  );
}

import { lazy } from "react";
import { PanelLoader } from "../ui/PanelLoader.tsx";
import type { AgentPanelProps } from "./AgentPanel.tsx";

// The panel (runs, plan editor, log) loads when first shown, not with the IDE.
const AgentPanel = lazy(() => import("./AgentPanel.tsx"));

/** The Agent panel, loaded on first render. */
export function LazyAgentPanel(props: AgentPanelProps) {
  return (
    <PanelLoader name="the Agent panel">
      <AgentPanel {...props} />
    </PanelLoader>
  );
}

import { lazy } from "react";
import { PanelLoader } from "../ui/PanelLoader.tsx";
import type { AiPanelProps } from "./AiPanel.tsx";

// The panel (markdown-it, the diff, the thread) loads when first shown, not with the IDE.
const AiPanel = lazy(() => import("./AiPanel.tsx"));

/** The AI panel, loaded on first render. */
export function LazyAiPanel(props: AiPanelProps) {
  return (
    <PanelLoader name="the AI panel">
      <AiPanel {...props} />
    </PanelLoader>
  );
}

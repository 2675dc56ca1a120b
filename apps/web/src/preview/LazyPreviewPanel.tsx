import { lazy } from "react";
import { PanelLoader } from "../ui/PanelLoader.tsx";
import type { PreviewPanelProps } from "./PreviewPanel.tsx";

// The panel and esbuild-wasm's loader come with the first show, not with the IDE.
const PreviewPanel = lazy(() => import("./PreviewPanel.tsx"));

/** The preview panel, loaded on first render. */
export function LazyPreviewPanel(props: PreviewPanelProps) {
  return (
    <PanelLoader name="the preview">
      <PreviewPanel {...props} />
    </PanelLoader>
  );
}

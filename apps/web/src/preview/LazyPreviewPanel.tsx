import { lazy, Suspense } from "react";
import { LoadBoundary } from "../ui/LoadBoundary.tsx";
import type { PreviewPanelProps } from "./PreviewPanel.tsx";

// The panel and esbuild-wasm's loader come with the first show, not with the IDE.
const PreviewPanel = lazy(() => import("./PreviewPanel.tsx"));

/** The preview panel, loaded on first render. */
export function LazyPreviewPanel(props: PreviewPanelProps) {
  return (
    <LoadBoundary
      fallback={
        <p className="error side-panel__empty" role="alert">
          The preview could not load. Check your connection, then reload the page.
        </p>
      }
    >
      <Suspense fallback={<p className="muted side-panel__empty">Loading the preview…</p>}>
        <PreviewPanel {...props} />
      </Suspense>
    </LoadBoundary>
  );
}

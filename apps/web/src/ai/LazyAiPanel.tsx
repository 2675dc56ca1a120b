import { lazy, Suspense } from "react";
import { LoadBoundary } from "../ui/LoadBoundary.tsx";
import type { AiPanelProps } from "./AiPanel.tsx";

// The panel (markdown-it, the diff, the thread) loads when first shown, not with the IDE.
const AiPanel = lazy(() => import("./AiPanel.tsx"));

/** The AI panel, loaded on first render. */
export function LazyAiPanel(props: AiPanelProps) {
  return (
    <LoadBoundary
      fallback={
        <p className="error side-panel__empty" role="alert">
          The AI panel could not load. Check your connection, then reload the page.
        </p>
      }
    >
      <Suspense fallback={<p className="muted side-panel__empty">Loading the AI panel…</p>}>
        <AiPanel {...props} />
      </Suspense>
    </LoadBoundary>
  );
}

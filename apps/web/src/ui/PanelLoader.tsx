import { Suspense, type ReactNode } from "react";
import { LoadBoundary } from "./LoadBoundary.tsx";

/**
 * Where a lazily loaded side panel goes: a loading line while its chunk arrives, and a
 * clear message, not the route's error, when it cannot (offline before a first full visit).
 */
export function PanelLoader({ name, children }: { name: string; children: ReactNode }) {
  return (
    <LoadBoundary
      fallback={
        <p className="error side-panel__empty" role="alert">
          {`${name[0]?.toUpperCase() ?? ""}${name.slice(1)}`} could not load. Check your connection, then reload the
          page.
        </p>
      }
    >
      <Suspense fallback={<p className="muted side-panel__empty">Loading {name}…</p>}>{children}</Suspense>
    </LoadBoundary>
  );
}

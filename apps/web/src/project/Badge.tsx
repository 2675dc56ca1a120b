import type { ReactNode } from "react";

/** A short label on a card: a project's visibility or the viewer's role. */
export function Badge({ children, label }: { children: ReactNode; label: string }) {
  return (
    <span className="badge">
      <span className="visually-hidden">{label}: </span>
      {children}
    </span>
  );
}

import { Component, type ReactNode } from "react";

/**
 * Shows `fallback` in place of children that failed to render, such as a lazy chunk that
 * could not load (offline before the first visit finished), instead of the route's error.
 */
export class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

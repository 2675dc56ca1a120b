import { useNotices } from "../state/useNotices.ts";
import { useExplorerStore } from "./useExplorerStore.ts";
import { useFollowStore } from "./useFollowStore.ts";
import { useOverlayStore } from "./useOverlayStore.ts";
import { useTabsStore } from "./useTabsStore.ts";

/**
 * Starts the IDE's stores fresh for another project: no tabs, nobody followed, no overlay,
 * nothing half-named in the explorer, no passing notices about the last one. Entering the
 * project already open changes nothing (StrictMode runs the effect that calls this twice).
 * The layout (which panes show) is the person's, and stays.
 */
export function enterProject(projectId: string): void {
  if (useTabsStore.getState().projectId === projectId) return;
  useTabsStore.getState().reset(projectId);
  useFollowStore.getState().follow(null);
  useOverlayStore.getState().setOverlay(null);
  useExplorerStore.getState().reset();
  useNotices.getState().clearPassing();
}

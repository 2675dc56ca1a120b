import { useNotices } from "../state/useNotices.ts";
import { useExplorerStore } from "./useExplorerStore.ts";
import { useFollowStore } from "./useFollowStore.ts";
import { useOverlayStore } from "./useOverlayStore.ts";
import { useTabsStore } from "./useTabsStore.ts";

let entered: string | null = null;

/**
 * Starts the IDE's stores fresh for another project: no tabs, nobody followed, no overlay,
 * nothing half-named in the explorer, no passing notices about the last one. Entering the
 * project already open changes nothing (StrictMode runs the effect that calls this twice).
 * The layout (which panes show) is the person's, and stays.
 */
export function enterProject(projectId: string): void {
  if (entered === projectId) return;
  entered = projectId;
  useTabsStore.getState().reset();
  useFollowStore.getState().follow(null);
  useOverlayStore.getState().setOverlay(null);
  useExplorerStore.getState().reset();
  useNotices.getState().clearPassing();
}

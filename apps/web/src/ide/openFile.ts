import { useFollowStore } from "./useFollowStore.ts";
import { useTabsStore } from "./useTabsStore.ts";

/**
 * Opens a file the person chose (a row, a tab, a search hit): choosing where to go stops
 * following someone else, who would take the editor straight back.
 */
export function openFile(fileId: string, reveal?: { line: number; column: number }): void {
  useFollowStore.getState().follow(null);
  useTabsStore.getState().open(fileId, reveal);
}

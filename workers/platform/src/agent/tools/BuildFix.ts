import type { Edit } from "./applyEdits.ts";

/** A change to one file that clears one build or preview error, and why, for the run's log. */
export interface BuildFix {
  path: string;
  edits: Edit[];
  reason: string;
}

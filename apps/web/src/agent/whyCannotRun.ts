import type { ModelsState } from "../ai/useAiModels.ts";
import { whyNoModel } from "../ai/whyNoModel.ts";

/**
 * Why a run started now is bound to be refused, for the panel to say instead of sending
 * it; null when it may start. Only what is known before asking: signed out, not an editor
 * (the server's `can.edit`), offline, no model at all, or a picked model no longer offered.
 */
export function whyCannotRun({
  signedIn,
  canEdit,
  online,
  models,
  choice,
}: {
  signedIn: boolean;
  canEdit: boolean;
  online: boolean;
  models: ModelsState;
  /** The picked model: "auto" or "<provider>:<model>". */
  choice: string;
}): string | null {
  if (!signedIn) return "Sign in as an editor of this project to run the agent. You can watch its runs here.";
  if (!canEdit) return "You can watch the agent's runs: only the project's editors can start, approve or stop them.";
  if (!online) return "You are offline: the agent runs on the server, so a run can start once you are back online.";
  return whyNoModel(models, choice, { off: "Running is off", pick: "Pick a model for the agent." });
}

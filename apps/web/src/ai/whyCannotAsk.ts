import type { ModelsState } from "./useAiModels.ts";
import { whyNoModel } from "./whyNoModel.ts";

/**
 * Why a question sent now is bound to fail, for the composer to say instead of sending it;
 * null when it may be sent. Only what is known before asking: signed out (401), offline,
 * no model at all, or a picked model that is no longer offered (its key was removed).
 */
export function whyCannotAsk({
  signedIn,
  online,
  models,
  choice,
}: {
  signedIn: boolean;
  online: boolean;
  models: ModelsState;
  /** The picked model: "auto" or "<provider>:<model>". */
  choice: string;
}): string | null {
  if (!signedIn) return "Sign in to send a question.";
  if (!online) return "You are offline: questions can be sent once you are back online.";
  return whyNoModel(models, choice, { off: "Sending is off", pick: "Pick a model to send a question." });
}

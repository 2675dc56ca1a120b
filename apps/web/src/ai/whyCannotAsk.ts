import type { ModelsState } from "./useAiModels.ts";

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
  if (models.status === "error") return "Sending is off: the AI service cannot be reached.";
  if (models.status !== "ready") return null;
  const { models: offered, auto } = models.data;
  // The notice above says what to do; this only says why the box is off.
  if (offered.length === 0 && !auto) return "Sending is off until an AI model is available to you.";
  if (choice === "auto") return auto ? null : "Pick a model to send a question.";
  if (!offered.some((model) => model.id === choice))
    return "The model you picked is no longer available: pick another.";
  return null;
}

import type { ModelsState } from "./useAiModels.ts";

/**
 * Why no model would answer a request sent now, for the AI panel's composer and the Agent
 * panel alike (whyCannotAsk, whyCannotRun); null when one would. Only what the model list
 * says: the AI service out of reach, no model at all, "auto" with nothing to pick from, or a
 * picked model no longer offered (its key was removed). `off` names what is off ("Sending
 * is off"), `pick` asks for a model in the caller's words.
 */
export function whyNoModel(
  models: ModelsState,
  /** The picked model: "auto" or "<provider>:<model>". */
  choice: string,
  words: { off: string; pick: string },
): string | null {
  if (models.status === "error") return `${words.off}: the AI service cannot be reached.`;
  if (models.status !== "ready") return null;
  const { models: offered, auto } = models.data;
  // The panel's notice says what to do; this only says why the box is off.
  if (offered.length === 0 && !auto) return `${words.off} until an AI model is available to you.`;
  if (choice === "auto") return auto ? null : words.pick;
  if (!offered.some((model) => model.id === choice))
    return "The model you picked is no longer available: pick another.";
  return null;
}

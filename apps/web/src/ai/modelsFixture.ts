import type { AiModel } from "@wove/protocol";
import type { ModelsState } from "./useAiModels.ts";

/** For tests: one model from the platform's own local AI, free, and a model list as it arrives. */
export const localModel: AiModel = {
  id: "local:llama3.2",
  provider: "local",
  model: "llama3.2",
  contextWindow: 8_192,
  maxOutputTokens: 2_048,
  price: null,
  keySource: "env",
};

export const ready = (models: AiModel[], auto: boolean): ModelsState => ({ status: "ready", data: { models, auto } });

import { useEffect, useState } from "react";
import { api } from "../api/api.ts";
import { ApiRequestError } from "../api/ApiRequestError.ts";
import { aiModelsSchema, type AiModels } from "@wove/protocol";

export type ModelsState =
  { status: "loading" } | { status: "ready"; data: AiModels } | { status: "error"; message: string };

/** The models this person can pick, asked once per panel. */
export function useAiModels(): ModelsState {
  const [state, setState] = useState<ModelsState>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    api("/api/ai/models", { signal: controller.signal, schema: aiModelsSchema }).then(
      (data) => setState({ status: "ready", data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const message =
          error instanceof ApiRequestError && error.status === 401
            ? "Sign in to ask the AI."
            : error instanceof ApiRequestError && error.status === 404
              ? "This server has no AI service yet."
              : error instanceof Error
                ? error.message
                : "Could not list the AI models.";
        setState({ status: "error", message });
      },
    );
    return () => controller.abort();
  }, []);
  return state;
}

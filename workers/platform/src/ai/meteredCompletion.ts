import {
  AiErrorCode,
  type AiConfig,
  type AiEvent,
  type AiUsage,
  type CompletionRequest,
  KeySource,
  parseModelRef,
  streamCompletion,
} from "@wove/ai";
import { logError, logInfo } from "../log.ts";
import { adminHintFor } from "./adminHintFor.ts";
import type { UsageRow } from "./AiMeter.ts";

export interface MeteredDeps {
  config: AiConfig;
  signal: AbortSignal;
  userId: string;
  projectId: string | null;
  /** Stores the request's usage rows: the answer's and any summary's. Called once, at the end. */
  saveUsage: (rows: UsageRow[]) => Promise<void>;
}

/**
 * `streamCompletion` with the Worker's accounting: every billed call (the answer, and summaries
 * of older turns made on the way) becomes an `ai_usage` row, saved before the stream ends, and
 * also when it was stopped or failed after a summary was paid for. A bug below is logged and
 * ends the stream with an `internal_error` event: the client always gets a last event.
 */
export async function* meteredCompletion(request: CompletionRequest, deps: MeteredDeps): AsyncGenerator<AiEvent> {
  const rows: UsageRow[] = [];
  const count = (model: string, usage: AiUsage) => {
    const provider = parseModelRef(model);
    const ownKey = provider.ok && deps.config.providers[provider.provider]?.keySource === KeySource.User;
    rows.push({
      userId: deps.userId,
      projectId: deps.projectId,
      model,
      inputTokens: usage.inputTokens,
      outputTokens: usage.outputTokens,
      costMicroUsd: Math.round(usage.costUsd * 1_000_000),
      ownKey,
    });
  };
  try {
    for await (const event of streamCompletion(request, { config: deps.config, signal: deps.signal, onUsage: count })) {
      if (event.type === "done") count(event.model, event.usage);
      if (event.type === "error") logAdminHint(event, deps);
      yield event;
      // Text and tool calls go on; the stream's last event ends it.
      if (event.type === "done" || event.type === "error") return;
    }
  } catch (error) {
    logError("AI completion failed", error, { userId: deps.userId, projectId: deps.projectId });
    yield { type: "error", code: AiErrorCode.Internal, message: "Something went wrong in the AI router" };
  } finally {
    if (rows.length > 0) {
      await deps.saveUsage(rows).catch((error: unknown) => logError("AI usage not recorded", error, { rows }));
    }
  }
}

/** People are told what they can do; the log tells whoever runs the platform what to set. */
function logAdminHint(event: Extract<AiEvent, { type: "error" }>, deps: MeteredDeps): void {
  const hint = adminHintFor(event.code, deps.config);
  if (hint) logInfo("AI request failed", { code: event.code, message: event.message, hint, userId: deps.userId });
}

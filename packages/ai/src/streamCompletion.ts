import type { AiConfig } from "./AiConfig.ts";
import type { AiEvent } from "./AiEvent.ts";
import { AiErrorCode } from "./AiErrorCode.ts";
import type { AiUsage } from "./AiUsage.ts";
import type { ContextInput } from "./ContextInput.ts";
import { createAdapters } from "./createAdapters.ts";
import { fitContext } from "./fitContext.ts";
import type { ProviderAdapter } from "./ProviderAdapter.ts";
import type { ProviderId } from "./ProviderId.ts";
import { resolveRoute } from "./resolveRoute.ts";
import { routeRequest } from "./routeRequest.ts";
import type { Summarize } from "./Summarize.ts";
import { summarizeWithRouter } from "./summarizeWithRouter.ts";
import { Task } from "./Task.ts";
import type { Tier } from "./Tier.ts";
import type { ToolChoice } from "./ToolChoice.ts";
import type { ToolSpec } from "./ToolSpec.ts";
import { estimateTokens } from "./estimateTokens.ts";

export interface CompletionRequest {
  task: Task;
  tier: Tier;
  /** `"auto"` or `"<provider>:<model>"`. */
  choice: string;
  context: ContextInput;
  /** Capped by each model's own limit. */
  maxOutputTokens?: number;
  temperature?: number;
  /**
   * The tools the model may call (the agent's turns). With tools the conversation is sent as
   * the caller keeps it, ending in tool results as often as in a user turn: summarising it
   * could split a call from its result, which every vendor refuses, so the agent keeps its
   * own conversation within the window instead (see the platform's agent loop).
   */
  tools?: readonly ToolSpec[];
  toolChoice?: ToolChoice;
  /**
   * Also stream each tool call's arguments as they come, as `tool_call_delta` events (the
   * agent writes a file into the room as the model writes it). Off, nothing else changes.
   */
  streamToolArguments?: boolean;
}

export interface CompletionDeps {
  config: AiConfig;
  /** Defaults to the SDK adapters of `config`; tests may pass their own. */
  adapters?: Partial<Record<ProviderId, ProviderAdapter>>;
  /** Defaults to `summarizeWithRouter`. */
  summarize?: Summarize;
  signal?: AbortSignal;
  attemptTimeoutMs?: number;
  /** When the request must have ended (ms since the epoch): the router waits for no retry past it. */
  deadline?: number;
  /** Hears the usage of calls made on the way (summaries); the answer's own is in `done`. */
  onUsage?: (model: string, usage: AiUsage) => void;
}

const DEFAULT_MAX_OUTPUT_TOKENS = 4_096;

/**
 * One request end to end, as the Worker serves it: route, fit the context to the smallest
 * window of the route (any model of it may end up answering), then stream with fallback.
 * Every outcome is an event; this never throws for vendor, network or configuration trouble.
 */
export async function* streamCompletion(request: CompletionRequest, deps: CompletionDeps): AsyncGenerator<AiEvent> {
  if (request.task === Task.Embed) {
    yield {
      type: "error",
      code: AiErrorCode.InvalidRequest,
      message: "embed is not a text task: it cannot be streamed",
    };
    return;
  }
  const route = resolveRoute({ task: request.task, tier: request.tier, choice: request.choice, config: deps.config });
  if (!route.ok) {
    yield { type: "error", ...route.failure };
    return;
  }
  const adapters = deps.adapters ?? createAdapters(deps.config);
  const contextWindow = Math.min(...route.chain.map((spec) => spec.contextWindow));
  const maxOutputTokens = Math.min(
    request.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS,
    ...route.chain.map((spec) => spec.maxOutputTokens),
  );
  const summarize =
    deps.summarize ??
    summarizeWithRouter({
      config: deps.config,
      adapters,
      attemptTimeoutMs: deps.attemptTimeoutMs,
      onUsage: deps.onUsage,
    });
  const fitted = request.tools
    ? fitAgentTurn(request.context, contextWindow, maxOutputTokens)
    : await fitContext(request.context, { contextWindow, maxOutputTokens, summarize, signal: deps.signal });
  if (!fitted.ok) {
    yield { type: "error", ...fitted.failure };
    return;
  }
  yield* routeRequest({
    chain: route.chain,
    request: {
      system: fitted.system,
      messages: fitted.messages,
      maxOutputTokens,
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(request.tools ? { tools: request.tools } : {}),
      ...(request.toolChoice ? { toolChoice: request.toolChoice } : {}),
      ...(request.streamToolArguments ? { streamToolArguments: true } : {}),
    },
    adapters,
    signal: deps.signal,
    attemptTimeoutMs: deps.attemptTimeoutMs,
    deadline: deps.deadline,
  });
}

/** An agent's turn goes as it is, or not at all when it cannot fit the route's smallest window. */
function fitAgentTurn(context: ContextInput, contextWindow: number, maxOutputTokens: number) {
  const system = context.instructions ?? "";
  const tokens =
    estimateTokens(system) + context.conversation.reduce((sum, m) => sum + estimateTokens(JSON.stringify(m)), 0);
  if (tokens + maxOutputTokens > contextWindow) {
    return {
      ok: false as const,
      failure: {
        code: AiErrorCode.ContextTooLong,
        message: `The agent's conversation (about ${tokens} tokens) does not fit the model's window of ${contextWindow}`,
      },
    };
  }
  return { ok: true as const, system, messages: context.conversation };
}
